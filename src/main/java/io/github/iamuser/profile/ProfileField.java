package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.options.ApiVersion;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a user's profile, in the specs' order: the one table of what each field is, read by
 * the validator, the sandbox, the log mask and the command line; ProfileFieldTest holds it to both specs.
 * Each API version has 17: the 16 they share, and {@code tfaEnabled} (v2) or {@code
 * additionalAuthentication} (v3). Akamai documents the maximum length of the names (50) and the job
 * title (75); the others are this project's (254 for an email is the most SMTP carries).
 */
public enum ProfileField {
    // JSON name, type, non-empty, max length (code points), format, personal data, example
    FIRST_NAME("firstName", Type.STRING, true, 50, null, false, "Ada"),
    LAST_NAME("lastName", Type.STRING, true, 50, null, false, "Lovelace"),
    EMAIL("email", Type.STRING, true, 254, Format.EMAIL, true, "ada.lovelace@example.com"),
    SECONDARY_EMAIL("secondaryEmail", Type.STRING, false, 254, Format.EMAIL, true, "ada@example.org"),
    PHONE("phone", Type.STRING, false, 30, Format.PHONE, true, "6175550100"),
    MOBILE_PHONE("mobilePhone", Type.STRING, false, 30, Format.PHONE, true, "6175550199"),
    JOB_TITLE("jobTitle", Type.STRING, false, 75, null, false, "Chief Engineer"),
    ADDRESS("address", Type.STRING, false, 255, null, true, "150 Broadway"),
    CITY("city", Type.STRING, false, 100, null, false, "Cambridge"),
    STATE("state", Type.STRING, false, 100, null, false, "MA"),
    ZIP_CODE("zipCode", Type.STRING, false, 20, null, false, "02142"),
    COUNTRY("country", Type.STRING, true, 100, null, false, "USA"),
    CONTACT_TYPE("contactType", Type.STRING, false, 50, null, false, "Technical Decision Maker"),
    PREFERRED_LANGUAGE("preferredLanguage", Type.STRING, true, 50, null, false, "English"),
    TIME_ZONE("timeZone", Type.STRING, true, 64, null, false, "America/New_York"),
    SESSION_TIME_OUT("sessionTimeOut", Type.INTEGER, true, 0, null, false, "1800"),
    TFA_ENABLED(
            "tfaEnabled",
            ApiVersion.V2,
            "use additionalAuthentication instead: TFA for two-factor authentication on, NONE for off, or MFA"
                    + " for Akamai MFA",
            Type.BOOLEAN,
            List.of(),
            "true"),
    ADDITIONAL_AUTHENTICATION(
            "additionalAuthentication",
            ApiVersion.V3,
            "use tfaEnabled instead (true for TFA, false for NONE); MFA needs IAM v3: build the client with"
                    + " apiVersion(ApiVersion.V3) (command line: --api-version 3)",
            Type.STRING,
            Arrays.stream(AdditionalAuthentication.values()).map(Enum::name).toList(),
            "TFA");

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
            return value instanceof JsonPrimitive p
                    && switch (this) {
                        case STRING -> p.isString();
                        case BOOLEAN -> p.isBoolean();
                        case INTEGER ->
                            p.isNumber()
                                    && p.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
                    };
        }
    }

    /** A pattern some text fields must match when not empty, and what it asks for in words. */
    private record Format(String regex, String words) {
        static final Format EMAIL = new Format("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$", "an email address");
        static final Format PHONE = new Format(
                "^[+(]?[0-9]([ ().\\-]{0,2}[0-9]){6,14}$",
                "a phone number of 7 to 15 digits, optionally led"
                        + " by + or ( and separated by spaces, dots, hyphens or parentheses, with no letters");
    }

    private static final Set<String> NAMES = namesOf(Arrays.asList(values()));
    private static final JsonPrimitive NO_VALUE_TEXT = new JsonPrimitive(ProfileChange.NO_VALUE);

    private final String jsonName;
    private final Type type;
    private final boolean nonEmpty;
    private final int maxLength;
    private final Pattern pattern;
    private final String patternInWords;
    private final boolean personal;
    private final String example;
    private final ApiVersion onlyIn;
    private final String otherwise;
    private final List<String> values;

    /** A field both versions have. */
    ProfileField(
            String json, Type type, boolean nonEmpty, int maxLength, Format format, boolean personal, String example) {
        this.jsonName = json;
        this.type = type;
        this.nonEmpty = nonEmpty;
        this.maxLength = maxLength;
        // An optional field's pattern also admits "", the spec's "no value".
        this.pattern = format == null ? null : Pattern.compile((nonEmpty ? "" : "^$|") + format.regex());
        this.patternInWords = format == null ? null : format.words();
        this.personal = personal;
        this.example = example;
        this.onlyIn = null;
        this.otherwise = null;
        this.values = List.of();
    }

    /**
     * A field of one version only, which always holds a value (one of {@code values}, if any are
     * given); {@code otherwise} says what the other version uses instead.
     */
    ProfileField(String json, ApiVersion onlyIn, String otherwise, Type type, List<String> values, String example) {
        this.jsonName = json;
        this.type = type;
        this.nonEmpty = true;
        this.maxLength = 0;
        this.pattern = null;
        this.patternInWords = null;
        this.personal = false;
        this.example = example;
        this.onlyIn = onlyIn;
        this.otherwise = otherwise;
        this.values = values;
    }

    /** The field's key in the request and response JSON, e.g. {@code mobilePhone}. */
    public String jsonName() {
        return jsonName;
    }

    /** The JSON type of the field's value. */
    public Type type() {
        return type;
    }

    /** True when the field must hold a value: never {@code ""} (nor blank); numbers and booleans always do. */
    public boolean nonEmpty() {
        return nonEmpty;
    }

    /** The most characters (Unicode code points) a text field may hold; 0 for a number, a boolean or {@link #allowedValues()}. */
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

    /** The values the field takes, and no other (additionalAuthentication: TFA, MFA, NONE); empty for most fields. */
    public List<String> allowedValues() {
        return values;
    }

    /** True when {@code version}'s profile has this field (the 16 shared fields are in both). */
    public boolean in(ApiVersion version) {
        return onlyIn == null || onlyIn == version;
    }

    /**
     * Why a request to {@code version} cannot carry this field, and what to use there instead; nothing when
     * the version has the field.
     */
    public Optional<Violation> refusedIn(ApiVersion version) {
        if (in(version)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(
                jsonName,
                onlyIn + " only",
                "is a field of " + onlyIn + " only, and this client speaks " + version + ": " + otherwise
                        + "; nothing was sent",
                null));
    }

    /** True when a PUT to {@code version} leaves this field out for "no value": v3's optional text (v2 sends ""). */
    public boolean leftOutWhenEmptyIn(ApiVersion version) {
        return version == ApiVersion.V3 && type == Type.STRING && !nonEmpty;
    }

    /** What a PUT to {@code version} carries for {@code profile}: less each field it leaves out when empty. */
    public static JsonObject wireForm(JsonObject profile, ApiVersion version) {
        JsonObject wire = profile.deepCopy();
        for (ProfileField field : values()) {
            if (field.leftOutWhenEmptyIn(version) && NO_VALUE_TEXT.equals(wire.get(field.jsonName))) {
                wire.remove(field.jsonName);
            }
        }
        return wire;
    }

    /** The 17 fields of {@code version}'s profile, in its spec's order. */
    public static List<ProfileField> of(ApiVersion version) {
        return Arrays.stream(values()).filter(f -> f.in(version)).toList();
    }

    /** The JSON names of the 17 fields of {@code version}'s profile, in its spec's order. */
    public static Set<String> names(ApiVersion version) {
        return namesOf(of(version));
    }

    private static Set<String> namesOf(List<ProfileField> fields) {
        return Collections.unmodifiableSet(
                new LinkedHashSet<>(fields.stream().map(ProfileField::jsonName).toList()));
    }

    /** The version whose profile {@code profile} holds (the one of whose fields it has the most; v2 on a tie). */
    public static ApiVersion versionOf(JsonObject profile) {
        return Arrays.stream(ApiVersion.values())
                .max(Comparator.comparingLong((ApiVersion v) ->
                                names(v).stream().filter(profile::has).count())
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    /** The JSON names of all fields of either version, in the specs' order. */
    public static Set<String> names() {
        return NAMES;
    }

    /** The field with this JSON name, if it is a field of either version. */
    public static Optional<ProfileField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }

    /** The field with this JSON name; refused, listing the valid names, when there is none. */
    static ProfileField named(String name) {
        return fromJsonName(name)
                .orElseThrow(() -> RefusedChangeException.of(
                        String.valueOf(name),
                        "known field",
                        "is not a field of a user's profile; valid fields are " + String.join(", ", NAMES),
                        name));
    }

    /** The JSON names of {@code version}'s fields that {@code body} lacks or holds as {@code null}, in spec order. */
    public static List<String> missingOrNull(JsonObject body, ApiVersion version) {
        return names(version).stream()
                .filter(n -> body.get(n) == null || body.get(n).isJsonNull())
                .toList();
    }

    /** The keys of {@code body} that are no fields of {@code version}'s (response-only ones, the other version's). */
    public static List<String> unknownKeys(JsonObject body, ApiVersion version) {
        Set<String> known = names(version);
        return body.keySet().stream().filter(k -> !known.contains(k)).toList();
    }

    /** The fields of {@code version}'s profile in a user's JSON, in spec order, absent or null text as "". */
    public static JsonObject profileOf(JsonObject user, ApiVersion version) {
        JsonObject profile = new JsonObject();
        for (ProfileField field : of(version)) {
            JsonElement value = user.get(field.jsonName);
            value = (value == null || value.isJsonNull()) && field.type == Type.STRING ? NO_VALUE_TEXT : value;
            profile.add(field.jsonName, value == null ? JsonNull.INSTANCE : value.deepCopy());
        }
        return profile;
    }
}
