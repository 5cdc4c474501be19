package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;

/** One field whose value differs between two profiles; values are shown as text, "" for no value. */
public record FieldDiff(String field, String before, String after) {

    /** The fields whose values differ between two profiles, in the spec's order. */
    static List<FieldDiff> between(JsonObject before, JsonObject after) {
        return Field.names().stream()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .map(name -> new FieldDiff(name, text(before.get(name)), text(after.get(name))))
                .toList();
    }

    private static String text(JsonElement value) {
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    @Override
    public String toString() {
        return field + ": " + (before == null ? "(absent)" : '"' + before + '"') + " -> "
                + (after == null ? "(absent)" : '"' + after + '"');
    }
}
