package io.github.iamuser.profile;

import com.google.gson.JsonElement;

/** One field whose value differs between two profiles; values are shown as text, "" for no value. */
public record FieldDiff(String field, String before, String after) {

    static FieldDiff of(String field, JsonElement before, JsonElement after) {
        return new FieldDiff(field, text(before), text(after));
    }

    private static String text(JsonElement value) {
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    @Override
    public String toString() {
        return field + ": " + quote(before) + " -> " + quote(after);
    }

    private static String quote(String value) {
        return value == null ? "(absent)" : "\"" + value + "\"";
    }
}
