package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's {@link ProfileValidator} and the sandbox's PUT check accept exactly the same values:
 * for every field, values generated from a fixed seed, valid and invalid (spaces around, letters and
 * foreign digits in phones, too long, empty, bad emails, wrong JSON types, text beyond the Basic
 * Multilingual Plane), go into a valid profile, and both must give the answer the documented rules
 * give. Lookup-valued fields get lookup values only, so that only the format rules are compared.
 * Another seed: {@code -Dprofile.seed=N}.
 */
class ClientAndSandboxAgreeTest {
    private static final long SEED = Long.getLong("profile.seed", 20260613L);
    private static final int VALUES_PER_FIELD = 60;
    private static final ProfileValidator VALIDATOR = new ProfileValidator();
    private static final int[] TEXT =
            "abcxyzABCXYZ0129 -'.,&/éüßñ名漢字😀𝄞שׁ".codePoints().toArray();
    private static final JsonObject US = examples();
    private static final JsonObject CANADA =
            with(with(with(US, "country", "Canada"), "state", "ON"), "zipCode", "M5H 2N2");
    private static final JsonObject GERMANY = with(with(with(US, "country", "Germany"), "state", ""), "zipCode", "");

    /** One value of a field, put into a valid profile, and whether the documented rules accept it. */
    record Case(ProfileField field, JsonObject base, JsonElement value, boolean valid) {
        @Override
        public String toString() {
            return field.jsonName() + "=" + value + " in a "
                    + base.get("country").getAsString() + " profile";
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return ProfileField.of(ApiVersion.V2).stream()
                .flatMap(field -> IntStream.range(0, VALUES_PER_FIELD).mapToObj(i -> generate(field, random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theClientAndTheSandboxAcceptTheSameValues(Case c) {
        JsonObject profile = with(c.base(), c.field().jsonName(), c.value());
        List<Violation> client = VALIDATOR.validate(profile, Set.of(c.field().jsonName()));
        List<PutBodyCheck.FieldError> sandbox = PutBodyCheck.validate(
                        profile.toString().getBytes(StandardCharsets.UTF_8), ApiVersion.V2)
                .errors();
        String seed = "seed " + SEED + " (repeat with -Dprofile.seed=" + SEED + "), " + c;
        assertEquals(client.isEmpty(), sandbox.isEmpty(), () -> seed + ": client " + client + ", sandbox " + sandbox);
        assertEquals(
                c.valid(),
                client.isEmpty(),
                () -> seed + (c.valid() ? " is valid, yet " : " is invalid, yet ") + "client says " + client
                        + ", sandbox says " + sandbox);
    }

    private static Case generate(ProfileField field, Random r) {
        int kind = r.nextInt(12);
        if (kind == 0 && field.type() == ProfileField.Type.STRING) {
            JsonElement[] wrong = {
                new JsonPrimitive(7), new JsonPrimitive(7.5), new JsonPrimitive(true), new JsonObject(), new JsonArray()
            };
            return new Case(field, US, wrong[r.nextInt(wrong.length)], false);
        }
        if (kind == 1 && field.type() == ProfileField.Type.STRING) {
            return text(field, US, tooLong(field, r), false);
        }
        return switch (field) {
            case EMAIL, SECONDARY_EMAIL -> email(field, r);
            case PHONE, MOBILE_PHONE -> phone(field, r);
            case ZIP_CODE -> zipCode(r);
            case STATE -> state(r);
            case COUNTRY -> {
                String country = pick(r, SandboxLookups.COUNTRIES); // in a profile without a state
                yield r.nextInt(4) == 0
                        ? emptyOrBlank(field, GERMANY, r)
                        : text(field, GERMANY, country, !country.equals("USA") && !country.equals("Canada"));
            }
            case CONTACT_TYPE ->
                r.nextInt(4) == 0
                        ? text(field, US, "", true)
                        : text(field, US, pick(r, SandboxLookups.CONTACT_TYPES), true);
            case PREFERRED_LANGUAGE ->
                r.nextInt(4) == 0
                        ? emptyOrBlank(field, US, r)
                        : text(field, US, pick(r, SandboxLookups.LANGUAGES), true);
            case TIME_ZONE ->
                r.nextInt(4) == 0
                        ? emptyOrBlank(field, US, r)
                        : text(
                                field,
                                US,
                                pick(
                                        r,
                                        SandboxLookups.TIME_ZONES.stream()
                                                .map(SandboxLookups.TimeZone::timezone)
                                                .toList()),
                                true);
            case SESSION_TIME_OUT -> sessionTimeOut(r);
            case TFA_ENABLED -> {
                JsonElement[] values = {
                    new JsonPrimitive(true),
                    new JsonPrimitive(false),
                    new JsonPrimitive("true"),
                    new JsonPrimitive(1),
                    new JsonPrimitive("yes"),
                    new JsonArray()
                };
                int i = r.nextInt(values.length);
                yield new Case(field, US, values[i], i < 2);
            }
            default -> freeText(field, r);
        };
    }

    /** Names, job title, address, city: any text, non-blank where required, up to the maximum length. */
    private static Case freeText(ProfileField field, Random r) {
        String value = switch (r.nextInt(5)) {
            case 0 -> "😀".repeat(field.maxLength()); // the length counts characters, not UTF-16 units
            case 1 -> " " + random(r, 1, field.maxLength() - 2) + " ";
            case 2 -> r.nextBoolean() ? "" : "   ";
            default -> random(r, 1, field.maxLength());
        };
        return text(field, US, value, !(field.nonEmpty() && value.isBlank()));
    }

    private static Case email(ProfileField field, Random r) {
        String address = random(r, "abcz019._+-", 1, 20) + "@" + random(r, "abcz019-", 1, 15) + "."
                + random(r, "comrgdejp", 2, 6);
        return switch (r.nextInt(10)) {
            case 0 -> text(field, US, "", !field.nonEmpty());
            case 1 -> text(field, US, "名前@例え.jp", true);
            case 2 -> text(field, US, address.replace("@", ""), false);
            case 3 -> text(field, US, address.replace("@", "@@"), false);
            case 4 -> text(field, US, r.nextBoolean() ? " " + address : address + " ", false);
            case 5 -> text(field, US, address.replace("@", r.nextBoolean() ? " x@" : "\tx@"), false);
            case 6 -> text(field, US, address.substring(0, address.lastIndexOf('.')), false); // no dot after the @
            case 7 -> text(field, US, address + ".", false);
            case 8 -> text(field, US, address.substring(address.indexOf('@')), false);
            default -> text(field, US, address, true);
        };
    }

    /** Phones: the one rule is 7 to 15 digits, led by + or ( or a digit, at most two separators between digits. */
    private static Case phone(ProfileField field, Random r) {
        int kind = r.nextInt(10);
        int digits = kind == 0 ? 1 + r.nextInt(6) : kind == 1 ? 16 + r.nextInt(5) : 7 + r.nextInt(9);
        String[] prefixes = {"", "", "+", "("};
        String[] separators = {"", "", "", " ", "-", ".", ") ", " (", "-"};
        StringBuilder phone = new StringBuilder(prefixes[r.nextInt(prefixes.length)]);
        for (int i = 0; i < digits; i++) {
            phone.append(i == 0 ? "" : separators[r.nextInt(separators.length)]).append((char) ('0' + r.nextInt(10)));
        }
        String valid = phone.toString();
        boolean fits = valid.length() <= field.maxLength();
        return switch (kind) {
            case 0, 1 -> text(field, US, valid, false);
            case 2 -> text(field, US, valid.substring(0, valid.length() - 1) + (char) ('a' + r.nextInt(26)), false);
            case 3 -> text(field, US, r.nextBoolean() ? " " + valid : valid + " ", false);
            case 4 -> text(field, US, "617 - 555 - 0100", false);
            case 5 -> text(field, US, r.nextBoolean() ? "٦١٧٥٥٥٠١٠٠" : "６１７５５５０１００", false);
            case 6 -> text(field, US, "", true);
            default -> text(field, US, valid, fits);
        };
    }

    private static Case zipCode(Random r) {
        String five = random(r, "0123456789", 5, 5);
        return switch (r.nextInt(9)) {
            case 0 -> text(ProfileField.ZIP_CODE, US, five, true);
            case 1 -> text(ProfileField.ZIP_CODE, US, five + "-" + random(r, "0123456789", 4, 4), true);
            case 2 -> text(ProfileField.ZIP_CODE, US, random(r, "0123456789", 1, 4), false);
            case 3 -> text(ProfileField.ZIP_CODE, US, random(r, "0123456789", 6, 9), false);
            case 4 -> text(ProfileField.ZIP_CODE, US, r.nextBoolean() ? " " + five : five + "-12", false);
            case 5 -> text(ProfileField.ZIP_CODE, US, r.nextBoolean() ? "ABCDE" : "０２１４２", false);
            case 6 -> text(ProfileField.ZIP_CODE, US, "", true);
            default ->
                text(
                        ProfileField.ZIP_CODE,
                        r.nextBoolean() ? GERMANY : CANADA,
                        random(r, 0, ProfileField.ZIP_CODE.maxLength()),
                        true);
        };
    }

    private static Case state(Random r) {
        List<String> usStates = SandboxLookups.US_STATES;
        return switch (r.nextInt(7)) {
            case 0 -> text(ProfileField.STATE, US, pick(r, usStates), true);
            case 1 -> text(ProfileField.STATE, US, SandboxLookups.US_PLACEHOLDER_STATE, true);
            case 2 -> text(ProfileField.STATE, CANADA, pick(r, SandboxLookups.CANADIAN_PROVINCES), true);
            case 3 -> text(ProfileField.STATE, r.nextBoolean() ? US : CANADA, r.nextBoolean() ? "" : " ", false);
            default -> text(ProfileField.STATE, GERMANY, random(r, 0, ProfileField.STATE.maxLength()), true);
        };
    }

    private static Case sessionTimeOut(Random r) {
        int policy = pick(r, SandboxLookups.TIMEOUT_POLICIES).value();
        JsonElement[][] values = {
            {new JsonPrimitive(policy), new JsonPrimitive((double) policy)},
            {
                new JsonPrimitive(0),
                new JsonPrimitive(-policy),
                new JsonPrimitive(policy + 0.5),
                new JsonPrimitive(String.valueOf(policy)),
                new JsonPrimitive(true)
            }
        };
        boolean valid = r.nextBoolean();
        JsonElement[] some = values[valid ? 0 : 1];
        return new Case(ProfileField.SESSION_TIME_OUT, US, some[r.nextInt(some.length)], valid);
    }

    private static Case emptyOrBlank(ProfileField field, JsonObject base, Random r) {
        return text(field, base, r.nextBoolean() ? "" : "  ", false);
    }

    private static String tooLong(ProfileField field, Random r) {
        int length = field.maxLength() + 1 + r.nextInt(3);
        return switch (field) {
            case EMAIL, SECONDARY_EMAIL -> "a".repeat(length - "@example.com".length()) + "@example.com";
            case PHONE, MOBILE_PHONE -> random(r, "0123456789", length, length);
            default -> random(r, length, length);
        };
    }

    private static Case text(ProfileField field, JsonObject base, String value, boolean valid) {
        return new Case(field, base, new JsonPrimitive(value), valid);
    }

    private static String random(Random r, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + r.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(TEXT[r.nextInt(TEXT.length)]);
        }
        return text.toString();
    }

    private static String random(Random r, String alphabet, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + r.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** A valid US profile made of the table's examples. */
    private static JsonObject examples() {
        JsonObject profile = new JsonObject();
        for (ProfileField field : ProfileField.of(ApiVersion.V2)) {
            profile.add(
                    field.jsonName(),
                    switch (field.type()) {
                        case STRING -> new JsonPrimitive(field.example());
                        case INTEGER -> new JsonPrimitive(Integer.valueOf(field.example()));
                        case BOOLEAN -> new JsonPrimitive(Boolean.valueOf(field.example()));
                    });
        }
        return profile;
    }

    private static JsonObject with(JsonObject profile, String field, String value) {
        return with(profile, field, new JsonPrimitive(value));
    }

    private static JsonObject with(JsonObject profile, String field, JsonElement value) {
        JsonObject copy = profile.deepCopy();
        copy.add(field, value);
        return copy;
    }
}
