package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Profiles;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of planning and validation, each checked on profiles and changes generated from its own
 * seed, the seeds drawn from one fixed seed: a failure names the seed that made it (another run:
 * {@code -Dprofile.seed=N}).
 */
class ProfilePropertiesTest {
    private static final long SEED = Long.getLong("profile.seed", 20260613L);
    private static final int TRIES = 200;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final int[] ANY_TEXT =
            "aZ09 -_.,;:!?'\"()&/@#%+=*\\éüßñ名漢字😀𝄞שׁ\u00a0".codePoints().toArray();
    private static final Object[][] CORRUPTIONS = {
        {"city", "Cam\tbridge"},
        {"jobTitle", "CTO\nemail: evil@example.com"},
        {"address", "\u001b[2J1 Main St"},
        {"firstName", ""},
        {"firstName", "x".repeat(51)},
        {"lastName", ""},
        {"lastName", "y".repeat(80)},
        {"jobTitle", "z".repeat(76)},
        {"email", ""},
        {"email", "not-an-email"},
        {"secondaryEmail", "two@@example.com"},
        {"phone", "call me"},
        {"mobilePhone", "555"},
        {"country", ""},
        {"timeZone", ""},
        {"preferredLanguage", " "},
        {"sessionTimeOut", -5},
        {"sessionTimeOut", "1800"},
        {"tfaEnabled", "yes"},
        {"state", ""},
        {"zipCode", "1234"}
    };
    private static final List<String> OPTIONAL_TEXT =
            List.of("secondaryEmail", "phone", "mobilePhone", "jobTitle", "address", "city", "contactType");

    private final ProfileValidator validator = new ProfileValidator();

    static LongStream seeds() {
        return new Random(SEED).longs(TRIES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theValidatorAcceptsEveryValidProfile(long seed) {
        JsonObject profile = validProfile(new Random(seed));
        assertEquals(List.of(), validator.validateAll(profile), () -> "seed " + seed + ": " + profile);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theValidatorRejectsEveryInvalidProfileNamingTheField(long seed) {
        Random random = new Random(seed);
        JsonObject profile = validProfile(random);
        Object[] bad = CORRUPTIONS[random.nextInt(CORRUPTIONS.length)];
        String field = (String) bad[0];
        JsonObject broken = Profiles.with(profile, field, bad[1]);
        if (field.equals("state") || field.equals("zipCode")) {
            broken.addProperty("country", "USA");
        }
        List<Violation> found = validator.validateAll(broken);
        assertTrue(
                found.stream().anyMatch(v -> v.field().equals(field)),
                () -> "seed " + seed + ": " + field + " should be named in " + found);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBodyAlwaysCarriesEveryKeyAndUnchangedFieldsKeepTheirValue(long seed) {
        Random random = new Random(seed);
        JsonObject stored = validProfile(random);
        ProfileChange change = change(random);
        JsonObject body = SafeProfileUpdater.plan(stored, change, ApiVersion.V2).body();
        String at = "seed " + seed + ": ";
        assertEquals(ProfileField.names(ApiVersion.V2), body.keySet(), at);
        assertEquals(List.of(), ProfileField.missingOrNull(body, ApiVersion.V2), at);
        for (String name : ProfileField.names(ApiVersion.V2)) {
            if (!change.values().containsKey(name)) {
                assertEquals(stored.get(name), body.get(name), at + name + " was not changed");
            } else {
                assertEquals(change.values().get(name), body.get(name), at + name + " was changed");
            }
        }
        for (String name :
                SafeProfileUpdater.plan(stored, change, ApiVersion.V2).changed()) {
            assertTrue(change.values().containsKey(name), at + name + " changed without being asked");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStoredProfileMissingTextFieldsIsCompletedWithNoValue(long seed) {
        Random random = new Random(seed);
        JsonObject partial = validProfile(random);
        String dropped = OPTIONAL_TEXT.get(random.nextInt(OPTIONAL_TEXT.size()));
        partial.remove(dropped);
        SafeProfileUpdater.Plan plan =
                SafeProfileUpdater.plan(partial, new ProfileChange().firstName("Grace"), ApiVersion.V2);
        assertEquals("", plan.body().get(dropped).getAsString(), "seed " + seed);
        assertFalse(plan.changed().contains(dropped), "seed " + seed + ": filling in \"\" is not a change");
    }

    /** A profile that meets every documented rule, in the spec's order. */
    private static JsonObject validProfile(Random r) {
        JsonObject p = new JsonObject();
        p.addProperty("firstName", text(r, LETTERS, 1, 50));
        p.addProperty("lastName", text(r, LETTERS, 1, 50));
        p.addProperty("email", email(r));
        p.addProperty("secondaryEmail", r.nextBoolean() ? "" : email(r));
        p.addProperty("phone", phone(r));
        p.addProperty("mobilePhone", phone(r));
        p.addProperty("jobTitle", anyText(r, 75));
        p.addProperty("address", anyText(r, 60));
        p.addProperty("city", anyText(r, 40));
        String[] place = pick(
                        r, "USA|MA", "USA|NY", "USA|TBD", "Canada|ON", "Canada|QC", "Germany|", "India|", "Japan|")
                .split("\\|", -1);
        p.addProperty("state", place[1]);
        p.addProperty(
                "zipCode",
                !place[0].equals("USA")
                        ? text(r, LETTERS + DIGITS, 0, 8)
                        : text(r, DIGITS, 5, 5) + (r.nextBoolean() ? "" : "-" + text(r, DIGITS, 4, 4)));
        p.addProperty("country", place[0]);
        p.addProperty("contactType", pick(r, "", "Billing", "Security"));
        p.addProperty("preferredLanguage", pick(r, "English", "Deutsch"));
        p.addProperty("timeZone", pick(r, "America/New_York", "Europe/Berlin", "GMT"));
        p.addProperty("sessionTimeOut", pick(r, 900, 1800, 3600, 64800));
        p.addProperty("tfaEnabled", r.nextBoolean());
        return p;
    }

    /** Up to five fields set to letters, up to three cleared, and maybe a new timeout. */
    private static ProfileChange change(Random r) {
        ProfileChange change = new ProfileChange();
        for (int i = r.nextInt(6); i > 0; i--) {
            change.set(
                    pick(
                            r,
                            "jobTitle",
                            "city",
                            "address",
                            "firstName",
                            "lastName",
                            "contactType",
                            "phone",
                            "state",
                            "country"),
                    text(r, LETTERS, 0, 20));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            change.clear(pick(
                    r,
                    ProfileField.MOBILE_PHONE,
                    ProfileField.JOB_TITLE,
                    ProfileField.CITY,
                    ProfileField.SECONDARY_EMAIL,
                    ProfileField.ADDRESS));
        }
        if (r.nextBoolean()) {
            change.sessionTimeOut(1 + r.nextInt(90000));
        }
        return change;
    }

    private static String email(Random r) {
        return text(r, "abcdefghijklmnopqrstuvwxyz", 1, 12) + "@" + text(r, "abcdefghijklmnopqrstuvwxyz", 1, 12)
                + ".com";
    }

    private static String phone(Random r) {
        String ten = text(r, DIGITS, 10, 10);
        return switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> ten;
            case 2 -> "(" + ten.substring(0, 3) + ") " + ten.substring(3, 6) + "-" + ten.substring(6);
            default -> "+" + text(r, DIGITS, 7, 13);
        };
    }

    private static String text(Random r, String alphabet, int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = min + r.nextInt(max - min + 1); i > 0; i--) {
            text.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Any characters, including ones outside the Basic Multilingual Plane, up to {@code max} of them. */
    private static String anyText(Random r, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            text.appendCodePoint(ANY_TEXT[r.nextInt(ANY_TEXT.length)]);
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
