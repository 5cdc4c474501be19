package io.github.iamuser.bulk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** What the journal and backup files share: their JSON form, and a line read back. */
final class Lines {
    /** Compact JSON; nulls written (an absent account switch key is {@code null}); {@code <} and the like as they are. */
    static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Lines() {}

    /** One line of a file: its number (from 1) and its JSON object, null when the line is incomplete. */
    record Line(long number, JsonObject json) {
        /** The text member {@code name}, or null when absent or not text. */
        String text(String name) {
            JsonElement value = json == null ? null : json.get(name);
            return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
        }

        /** The object member {@code name}, or null. */
        JsonObject object(String name) {
            JsonElement value = json == null ? null : json.get(name);
            return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
        }
    }
}
