package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.internal.Redaction;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/** One field whose value differs between two profiles; values are shown as text, "" for no value. */
public record FieldDiff(String field, String before, String after) {

    /** The fields whose values differ between two profiles, in the spec's order; see {@link #same}. */
    public static List<FieldDiff> between(JsonObject before, JsonObject after) {
        return ProfileField.names().stream()
                .filter(name -> !same(before.get(name), after.get(name)))
                .map(name -> new FieldDiff(name, text(before.get(name)), text(after.get(name))))
                .toList();
    }

    /** True when two values are equal, texts being equal when canonically equivalent (Unicode NFC). */
    static boolean same(JsonElement a, JsonElement b) {
        return Objects.equals(a, b)
                || a instanceof JsonPrimitive p
                        && p.isString()
                        && b instanceof JsonPrimitive q
                        && q.isString()
                        && nfc(p.getAsString()).equals(nfc(q.getAsString()));
    }

    /** {@code text} in Unicode's composed form (NFC), the form a caller's text is sent in. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String text(JsonElement value) {
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    /** The difference as text, a personal field's values masked ({@link Redaction#shown}). */
    @Override
    public String toString() {
        return field + ": " + quoted(before) + " -> " + quoted(after);
    }

    private String quoted(String value) {
        String shown = Redaction.shown(field, value);
        return shown == null ? "(absent)" : shown.equals(value) ? '"' + value + '"' : shown;
    }
}
