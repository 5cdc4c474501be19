package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a complete profile against the rules of "Update a user's profile" and reports every broken
 * rule at once: each field's own rules from {@link Field} (rule names {@code type}, {@code required},
 * {@code max length}, {@code pattern}, and {@code positive} for the timeout), then the rules across
 * fields ({@code required for USA} or {@code Canada} for the state, {@code US ZIP code}). Only rules
 * that touch a changed field are checked, so a value the server already holds never blocks an
 * update of another field.
 */
public final class ProfileValidator {
    private static final Pattern US_ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");

    /** Reports every broken rule of a profile that is sent whole, as if every field changed. */
    public List<Violation> validateAll(JsonObject profile) {
        return validate(profile, Field.names());
    }

    /** Reports the broken rules of {@code profile} that involve at least one of the {@code changed} fields. */
    public List<Violation> validate(JsonObject profile, Set<String> changed) {
        List<Violation> found = new ArrayList<>();
        for (Field field : Field.values()) {
            JsonElement value = profile.get(field.jsonName());
            // A missing or null value is the completeness check's, for every field, changed or not.
            if (changed.contains(field.jsonName()) && value != null && !value.isJsonNull()) {
                Violation broken = brokenRule(field, value);
                if (broken != null) {
                    found.add(broken);
                }
            }
        }
        String country = text(profile, "country");
        String state = text(profile, "state");
        if ((changed.contains("state") || changed.contains("country"))
                && state != null
                && state.isBlank()
                && ("USA".equals(country) || "Canada".equals(country))) {
            found.add(Violation.of(
                    "state",
                    "required for " + country,
                    "is required when country is "
                            + country + ": give the "
                            + ("USA".equals(country) ? "state, for example MA (or TBD)" : "province, for example ON"),
                    null));
        }
        String zip = text(profile, "zipCode");
        if ((changed.contains("zipCode") || changed.contains("country"))
                && "USA".equals(country)
                && zip != null
                && !zip.isEmpty()
                && !US_ZIP.matcher(zip).matches()) {
            found.add(Violation.personal(
                    "zipCode",
                    "US ZIP code",
                    "must be a five-digit ZIP code such as"
                            + " 02142, or ZIP+4 such as 02142-1234, when country is USA"));
        }
        return found;
    }

    /** The first rule of the table that {@code value} breaks, or null. */
    private static Violation brokenRule(Field field, JsonElement value) {
        String name = field.jsonName();
        if (!field.type().holds(value)) {
            return Violation.of(
                    name,
                    "type",
                    "must be a JSON "
                            + switch (field.type()) {
                                case STRING -> "string";
                                case INTEGER -> "integer";
                                case BOOLEAN -> "boolean (true or false)";
                            },
                    null);
        }
        if (field == Field.SESSION_TIME_OUT && value.getAsBigDecimal().signum() <= 0) {
            return Violation.of(
                    name,
                    "positive",
                    "must be a positive number of seconds, one of the" + " timeout policies such as " + field.example(),
                    value.getAsString());
        }
        if (field.type() != Field.Type.STRING) {
            return null;
        }
        String text = value.getAsString();
        int length = text.codePointCount(0, text.length());
        if (field.nonEmpty() && text.isBlank()) {
            return Violation.of(name, "required", "must not be empty, for example " + field.example(), null);
        }
        if (length > field.maxLength()) {
            String range = (field.nonEmpty() ? "1 to " : "at most ") + field.maxLength();
            return Violation.of(
                    name,
                    "max length",
                    "must be " + range + " characters (it has " + length + "), for example " + field.example(),
                    null);
        }
        Pattern pattern = field.pattern().orElse(null);
        if (pattern != null && !pattern.matcher(text).matches()) {
            return Violation.of(
                    name,
                    "pattern",
                    "must be " + field.patternInWords() + ", for example " + field.example(),
                    field.personal() ? null : text);
        }
        return null;
    }

    private static String text(JsonObject profile, String field) {
        JsonElement value = profile.get(field);
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isString()
                ? value.getAsString()
                : null;
    }
}
