package io.github.iamuser.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Checks a complete profile against the rules of "Update a user's profile" and reports every broken
 * rule at once: each field's own rules from {@link ProfileField}, then the rules across fields (the state
 * for USA and Canada, a US ZIP code), and on request the account's lookups. Only rules that touch a
 * changed field are checked, so a value the server already holds never blocks an update of another.
 */
public final class ProfileValidator {
    private static final Pattern US_ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    private static final List<ProfileField> LOOKUP_FIELDS = List.of(
            ProfileField.STATE,
            ProfileField.COUNTRY,
            ProfileField.CONTACT_TYPE,
            ProfileField.PREFERRED_LANGUAGE,
            ProfileField.TIME_ZONE,
            ProfileField.SESSION_TIME_OUT);

    /** Reports every broken rule of a profile (of either version) that is sent whole, as if every field changed. */
    public List<Violation> validateAll(JsonObject profile) {
        return validate(profile, ProfileField.names());
    }

    /** Reports the broken rules of {@code profile} that involve at least one of the {@code changed} fields. */
    public List<Violation> validate(JsonObject profile, Set<String> changed) {
        List<Violation> found = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            Violation broken =
                    changed.contains(field.jsonName()) ? brokenRule(field, profile.get(field.jsonName())) : null;
            if (broken != null) {
                found.add(broken);
            }
        }
        String country = Objects.requireNonNullElse(text(profile, "country"), "");
        String state = text(profile, "state");
        boolean place = changed.contains("country") || changed.contains("state");
        if (place && state != null && state.isBlank() && (country.equals("USA") || country.equals("Canada"))) {
            String example = country.equals("USA") ? "state, for example MA (or TBD)" : "province, for example ON";
            found.add(new Violation(
                    "state",
                    "required for " + country,
                    "is required when country is " + country + ": give the " + example,
                    null));
        }
        String zip = text(profile, "zipCode");
        if ((changed.contains("country") || changed.contains("zipCode"))
                && country.equals("USA")
                && zip != null
                && !zip.isEmpty()
                && !US_ZIP.matcher(zip).matches()) {
            found.add(new Violation(
                    "zipCode",
                    "US ZIP code",
                    "must be a five-digit ZIP code such as 02142, or ZIP+4 such as 02142-1234, when country is USA",
                    null));
        }
        return found;
    }

    /**
     * Reports the changed lookup-valued fields whose value the account's lookup does not list;
     * {@code lookup} gives the values of a field's lookup (for STATE, the states of the country given).
     */
    public static List<Violation> validateLookups(
            JsonObject profile, Set<String> changed, BiFunction<ProfileField, String, List<String>> lookup) {
        List<Violation> found = new ArrayList<>();
        String country = Objects.requireNonNullElse(text(profile, "country"), "");
        for (ProfileField field : LOOKUP_FIELDS) {
            String name = field.jsonName();
            boolean state = field == ProfileField.STATE;
            String value = profile.get(name) instanceof JsonPrimitive p ? p.getAsString() : "";
            if (value.isEmpty() || !changed.contains(name) && !(state && changed.contains("country"))) {
                continue;
            }
            // A state is checked only against a known country's states; the USA also accepts TBD.
            if (state
                    && (country.isEmpty()
                            || !lookup.apply(ProfileField.COUNTRY, null).contains(country)
                            || country.equals("USA") && value.equals("TBD"))) {
                continue;
            }
            List<String> allowed = lookup.apply(field, state ? country : null);
            if (allowed.contains(value)) {
                continue;
            }
            String example = allowed.isEmpty() ? "(none listed)" : allowed.get(0);
            String rule = name + " lookup";
            String message =
                    "must be one of the " + rule + " values, for example " + example + "; see 'iam-user lookups'";
            if (state) {
                rule = "states lookup";
                message = allowed.isEmpty()
                        ? "must be empty for " + country + ", which has no states in the lookup"
                        : "must be one of the states of " + country + ", for example " + example;
            } else if (field == ProfileField.SESSION_TIME_OUT) {
                rule = "timeout policies";
                message = "must be one of the timeout policies " + allowed + " (seconds)";
            }
            found.add(new Violation(name, rule, message, value));
        }
        return found;
    }

    /** The first rule of the table that {@code value} breaks, or null. */
    private static Violation brokenRule(ProfileField field, JsonElement value) {
        String name = field.jsonName();
        if (value == null || value.isJsonNull()) {
            return null; // a missing or null value is the completeness check's, for every field, changed or not
        }
        if (!field.type().holds(value)) {
            String type = field.type() == ProfileField.Type.BOOLEAN
                    ? "boolean (true or false)"
                    : field.type().name().toLowerCase(Locale.ROOT);
            return new Violation(name, "type", "must be a JSON " + type, null);
        }
        if (field == ProfileField.SESSION_TIME_OUT && value.getAsBigDecimal().signum() <= 0) {
            String message =
                    "must be a positive number of seconds, one of the timeout policies such as " + field.example();
            return new Violation(name, "positive", message, value.getAsString());
        }
        if (field.type() != ProfileField.Type.STRING) {
            return null;
        }
        String text = value.getAsString();
        int length = text.codePointCount(0, text.length());
        if (field.nonEmpty() && text.isBlank()) {
            return new Violation(name, "required", "must not be empty, for example " + field.example(), null);
        }
        int control = first(text, Character.CONTROL);
        if (control >= 0) {
            String message = String.format(
                    "must not contain control characters (tab, newline, escape and the like), and it holds U+%04X;"
                            + " remove it",
                    control);
            return new Violation(name, "no control characters", message, null);
        }
        int lone = first(text, Character.SURROGATE);
        if (lone >= 0) {
            String message = String.format(
                    "must be valid Unicode text, and it holds a lone surrogate U+%04X (half of a character such as an"
                            + " emoji, cut in two); UTF-8 cannot carry it, so the server would store '?': remove it or"
                            + " complete the character",
                    lone);
            return new Violation(name, "valid Unicode", message, null);
        }
        if (!field.allowedValues().isEmpty()) {
            String values = String.join(", ", field.allowedValues());
            return field.allowedValues().contains(text)
                    ? null
                    : new Violation(name, "one of " + values, "must be one of " + values + " (in capitals)", text);
        }
        if (length > field.maxLength()) {
            String range = (field.nonEmpty() ? "1 to " : "at most ") + field.maxLength();
            String message = "must be " + range + " characters (it has " + length + "), for example " + field.example();
            return new Violation(name, "max length", message, null);
        }
        Pattern pattern = field.pattern().orElse(null);
        if (pattern != null && !pattern.matcher(text).matches()) {
            String message = "must be " + field.patternInWords() + ", for example " + field.example();
            return new Violation(name, "pattern", message, field.personal() ? null : text);
        }
        return null;
    }

    /** The first code point of {@code text} of the {@link Character#getType} {@code type}, or -1. */
    private static int first(String text, int type) {
        return text.codePoints()
                .filter(c -> Character.getType(c) == type)
                .findFirst()
                .orElse(-1);
    }

    /** The text of a string field, or null when it is absent or not a string. */
    private static String text(JsonObject profile, String field) {
        return profile.get(field) instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }
}
