package io.github.iamuser.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.profile.ProfileField;
import java.util.regex.Pattern;

/**
 * The one place that decides what output hides: credential values a text spells out with their label (an
 * echoed Authorization header, a {@code client_token=...}), and personal data ({@link ProfileField#personal()})
 * as logs and results' {@code toString()} show it.
 */
public final class Redaction {
    /** What a hidden value is shown as. */
    public static final String MARK = "<redacted>";

    /** A label that introduces a secret value (kept), then the value (replaced); '=' may be JSON-escaped. */
    private static final Pattern LABELLED = Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?"
            + "|EG1-HMAC-SHA256\\s+"
            + "|(?:signature|client_token|access_token|client_secret)(?:=|\\\\u003d))"
            + "[^\\s\"',;&<]+");

    /** {@code text} with every labelled secret value replaced by {@link #MARK}; null stays null. */
    public static String hide(String text) {
        return text == null ? null : LABELLED.matcher(text).replaceAll("$1" + MARK);
    }

    private static final JsonPrimitive MASK = new JsonPrimitive("***");

    /** {@code value} of the field named {@code field}: {@code ***} for personal data, unless empty or null. */
    public static String shown(String field, String value) {
        return personal(field) && value != null && !value.isEmpty() ? MASK.getAsString() : value;
    }

    /** A copy of {@code json} whose members named after a personal field, at any depth, are {@code ***} unless empty or null. */
    public static JsonElement masked(JsonElement json) {
        JsonElement copy = json.deepCopy();
        if (copy.isJsonArray()) {
            copy.getAsJsonArray().asList().replaceAll(Redaction::masked);
        } else if (copy.isJsonObject()) {
            copy.getAsJsonObject().entrySet().forEach(member -> {
                JsonElement value = member.getValue();
                boolean empty = value.isJsonNull() || value.equals(new JsonPrimitive(""));
                member.setValue(personal(member.getKey()) && !empty ? MASK : masked(value));
            });
        }
        return copy;
    }

    private static boolean personal(String field) {
        return ProfileField.fromJsonName(field).filter(ProfileField::personal).isPresent();
    }

    private Redaction() {}
}
