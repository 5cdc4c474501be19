package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 17 fields of a user's profile, in the spec's order: the one table of what each field is (JSON
 * name and type, whether it may be empty, its maximum length, pattern, whether it is personal data,
 * an example), read by the validator, the sandbox, the log mask and the command line. Typed changes
 * name them too, as in {@code clear(Field.MOBILE_PHONE)}. FieldTableTest holds it to the spec.
 * Akamai documents the maximum length of the names (50) and the job title (75); the others are this
 * project's: 254 for an email (the most SMTP carries), 255 for the address, 100 for city, state and
 * country, 64 for a time zone, 50 for a language or contact type, 30 for a phone, 20 for a ZIP code.
 */
public enum Field {
    // JSON name, non-empty, max length (characters), format, personal data, example
    FIRST_NAME("firstName", true, 50, null, false, "Ada"),
    LAST_NAME("lastName", true, 50, null, false, "Lovelace"),
    EMAIL("email", true, 254, Format.EMAIL, true, "ada.lovelace@example.com"),
    SECONDARY_EMAIL("secondaryEmail", false, 254, Format.EMAIL, true, "ada@example.org"),
    PHONE("phone", false, 30, Format.PHONE, true, "6175550100"),
    MOBILE_PHONE("mobilePhone", false, 30, Format.PHONE, true, "6175550199"),
    JOB_TITLE("jobTitle", false, 75, null, false, "Chief Engineer"),
    ADDRESS("address", false, 255, null, true, "150 Broadway"),
    CITY("city", false, 100, null, false, "Cambridge"),
    STATE("state", false, 100, null, false, "MA"),
    ZIP_CODE("zipCode", false, 20, null, false, "02142"),
    COUNTRY("country", true, 100, null, false, "USA"),
    CONTACT_TYPE("contactType", false, 50, null, false, "Technical Decision Maker"),
    PREFERRED_LANGUAGE("preferredLanguage", true, 50, null, false, "English"),
    TIME_ZONE("timeZone", true, 64, null, false, "America/New_York"),
    SESSION_TIME_OUT("sessionTimeOut", Type.INTEGER, "1800"),
    TFA_ENABLED("tfaEnabled", Type.BOOLEAN, "true");

    /** The JSON type of a field's value. */
    public enum Type {
        STRING(String.class),
        INTEGER(Integer.class),
        BOOLEAN(Boolean.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The Java type of the value in the generated model: String, Integer or Boolean. */
        public Class<?> javaType() {
            return javaType;
        }

        /** True when {@code value} is a JSON value of this type (an integer may be written {@code 1800.0}). */
        public boolean holds(JsonElement value) {
            if (value == null || !value.isJsonPrimitive()) {
                return false;
            }
            var primitive = value.getAsJsonPrimitive();
            return switch (this) {
                case STRING -> primitive.isString();
                case BOOLEAN -> primitive.isBoolean();
                case INTEGER ->
                    primitive.isNumber()
                            && primitive.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
            };
        }
    }

    /** A pattern some text fields must match when not empty, and what it asks for in words. */
    private enum Format {
        EMAIL("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$", "an email address"),
        PHONE(
                "^[+(]?[0-9]([ ().\\-]{0,2}[0-9]){6,14}$",
                "a phone number of 7 to 15 digits, optionally led"
                        + " by + or ( and separated by spaces, dots, hyphens or parentheses, with no letters");

        private final String regex;
        private final String words;

        Format(String regex, String words) {
            this.regex = regex;
            this.words = words;
        }
    }

    private static final Set<String> NAMES = Collections.unmodifiableSet(
            new LinkedHashSet<>(Arrays.stream(values()).map(Field::jsonName).toList()));

    private final String jsonName;
    private final Type type;
    private final boolean nonEmpty;
    private final int maxLength;
    private final Pattern pattern;
    private final String patternInWords;
    private final boolean personal;
    private final String example;

    Field(String jsonName, boolean nonEmpty, int maxLength, Format format, boolean personal, String example) {
        this(jsonName, Type.STRING, nonEmpty, maxLength, format, personal, example);
    }

    /** A number or boolean: it always carries a value. */
    Field(String jsonName, Type type, String example) {
        this(jsonName, type, true, 0, null, false, example);
    }

    Field(
            String jsonName,
            Type type,
            boolean nonEmpty,
            int maxLength,
            Format format,
            boolean personal,
            String example) {
        this.jsonName = jsonName;
        this.type = type;
        this.nonEmpty = nonEmpty;
        this.maxLength = maxLength;
        // An optional field's pattern also admits "", the spec's "no value".
        this.pattern = format == null ? null : Pattern.compile((nonEmpty ? "" : "^$|") + format.regex);
        this.patternInWords = format == null ? null : format.words;
        this.personal = personal;
        this.example = example;
    }

    /** The field's key in the request and response JSON, e.g. {@code mobilePhone}. */
    public String jsonName() {
        return jsonName;
    }

    /** The JSON type of the field's value. */
    public Type type() {
        return type;
    }

    /** True when the field must hold a value: never {@code ""} (nor blank), as the spec's minLength says. */
    public boolean nonEmpty() {
        return nonEmpty;
    }

    /** The most characters (Unicode code points) a text field may hold; 0 for a number or boolean. */
    public int maxLength() {
        return maxLength;
    }

    /** The spec's {@code pattern} of the field (which admits {@code ""} unless the field is non-empty). */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** What {@link #pattern()} asks for, in words, such as "an email address"; null without a pattern. */
    public String patternInWords() {
        return patternInWords;
    }

    /** True for personal data: its values are never logged nor echoed in a violation. */
    public boolean personal() {
        return personal;
    }

    /** A valid value, as messages quote it (text of the JSON value). */
    public String example() {
        return example;
    }

    /** The JSON names of all fields, in the spec's order. */
    public static Set<String> names() {
        return NAMES;
    }

    /** The field with this JSON name, if it is one of the 17. */
    public static Optional<Field> fromJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }

    /** The field with this JSON name; refused, listing the valid names, when there is none. */
    static Field named(String name) {
        return fromJsonName(name)
                .orElseThrow(() -> new InvalidProfileException(List.of(Violation.of(
                        String.valueOf(name),
                        "known field",
                        "is not a field of a user's profile; valid fields are " + String.join(", ", NAMES),
                        name))));
    }

    /** The JSON names of the fields that {@code body} lacks or holds as {@code null}, in the spec's order. */
    public static List<String> missingOrNull(JsonObject body) {
        return NAMES.stream()
                .filter(n -> body.get(n) == null || body.get(n).isJsonNull())
                .toList();
    }

    /** The keys of {@code body} that are not profile fields (such as the response-only {@code uiIdentityId}). */
    public static List<String> unknownKeys(JsonObject body) {
        return body.keySet().stream().filter(k -> !NAMES.contains(k)).toList();
    }
}
