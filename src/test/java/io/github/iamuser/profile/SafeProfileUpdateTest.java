package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read-modify-write through the real client against the sandbox, which erases what a PUT leaves out. */
class SafeProfileUpdateTest {
    private static IamSandbox sandbox;
    private static IamClient client;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        client = IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V2)
                .build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static JsonObject stored(String key, String id) {
        return ProfileField.profileOf(sandbox.user(key, id), ApiVersion.V2);
    }

    @Test
    void changesOnlyTheNamedFieldsAndKeepsEveryOther() {
        JsonObject before = stored(null, SandboxUsers.US_USER);
        ProfileUpdateResult result = client.updateProfile(
                SandboxUsers.US_USER, c -> c.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE));

        assertEquals(ProfileUpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals(
                List.of(
                        new FieldDiff("mobilePhone", "6175550199", ""),
                        new FieldDiff("jobTitle", "Chief Engineer", "CTO")),
                result.changes());
        JsonObject expected = before.deepCopy();
        expected.addProperty("jobTitle", "CTO");
        expected.addProperty("mobilePhone", "");
        assertEquals(expected, stored(null, SandboxUsers.US_USER));
        assertEquals(expected, JsonParser.parseString(result.requestBody()));
        assertEquals(List.of(), result.serverDifferences());
        assertEquals("CTO", result.after().getJobTitle());
    }

    @Test
    void aLoneSurrogateWhichUtf8CannotCarryIsRefusedBeforeAnythingIsSent() {
        JsonObject before = stored(null, SandboxUsers.US_USER);

        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.updateProfile(
                        SandboxUsers.US_USER, c -> c.firstName("Ada\uD83D").city("\uDE00Boston")));

        assertEquals(
                List.of(
                        "firstName: must be valid Unicode text, and it holds a lone surrogate U+D83D (half of a"
                                + " character such as an emoji, cut in two); UTF-8 cannot carry it, so the server would"
                                + " store '?': remove it or complete the character",
                        "city: must be valid Unicode text, and it holds a lone surrogate U+DE00 (half of a"
                                + " character such as an emoji, cut in two); UTF-8 cannot carry it, so the server would"
                                + " store '?': remove it or complete the character"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(
                List.of("GET"), sandbox.requests().stream().map(r -> r.method()).toList());
        assertEquals(before, stored(null, SandboxUsers.US_USER));
    }

    @Test
    void aUserWithNoStateOrZipKeepsTheirEmptyFieldsAsNoValue() {
        client.updateProfile(SandboxUsers.GERMAN_USER, c -> c.city("Berlin"));
        JsonObject after = stored(null, SandboxUsers.GERMAN_USER);
        assertEquals("", after.get("state").getAsString());
        assertEquals("", after.get("zipCode").getAsString());
        assertEquals("+49 30 1234567", after.get("phone").getAsString());
        assertEquals("Berlin", after.get("city").getAsString());
    }

    @Test
    void nothingIsSentWhenNothingChanges() {
        ProfileUpdateResult result = client.updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("Chief Engineer"));
        assertEquals(ProfileUpdateResult.Outcome.UNCHANGED, result.outcome());
        assertNull(result.requestBody());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void aDryRunReturnsTheExactBodyAndSendsOnlyTheGet() {
        JsonObject before = stored(null, SandboxUsers.US_USER);
        ProfileUpdateResult result = client.updateProfile(
                SandboxUsers.US_USER, UpdateOptions.defaults().withDryRun(true), c -> c.sessionTimeOut(3600));
        assertEquals(ProfileUpdateResult.Outcome.DRY_RUN, result.outcome());
        assertEquals(List.of(new FieldDiff("sessionTimeOut", "1800", "3600")), result.changes());
        JsonObject body = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        assertEquals(ProfileField.names(ApiVersion.V2), body.keySet());
        assertEquals(3600, body.get("sessionTimeOut").getAsInt());
        assertEquals(0, sandbox.putCount());
        assertEquals(
                List.of("GET"), sandbox.requests().stream().map(r -> r.method()).toList());
        assertEquals(before, stored(null, SandboxUsers.US_USER));
    }

    @Test
    void invalidValuesAreAllReportedAndNothingIsWritten() {
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.updateProfile(
                        SandboxUsers.US_USER,
                        c -> c.firstName("").phone("call me").zipCode("ABC")));
        assertEquals(
                List.of("firstName", "phone", "zipCode"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void changingTheEmailNeedsAnExplicitOptIn() {
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.updateProfile(SandboxUsers.US_USER, c -> c.email("ada@new.example.com")));
        assertEquals("email change not confirmed", e.violations().get(0).rule());
        assertEquals(0, sandbox.putCount());

        client.updateProfile(
                SandboxUsers.US_USER, c -> c.email("ada@new.example.com").allowEmailChange());
        assertEquals(
                "ada@new.example.com",
                stored(null, SandboxUsers.US_USER).get("email").getAsString());
    }

    @Test
    void updatesRunInTheAccountTheSwitchKeySelects() {
        UpdateOptions other = UpdateOptions.defaults().withAccountSwitchKey(SandboxUsers.SWITCH_KEY);
        client.updateProfile(SandboxUsers.SWITCHED_USER, other, c -> c.jobTitle("Lead"));
        assertEquals(
                "Lead",
                stored(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER)
                        .get("jobTitle")
                        .getAsString());
        assertTrue(sandbox.requests().stream()
                .allMatch(r -> SandboxUsers.SWITCH_KEY.equals(r.rawQueryParameter("accountSwitchKey"))));
    }

    @Test
    void lookupChecksRefuseUnknownValuesAndAskEachLookupOncePerAccount() {
        UpdateOptions checked = UpdateOptions.defaults().withLookupChecks(true);
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("Klingon")));
        assertEquals("preferredLanguage", e.violations().get(0).field());
        assertEquals(0, sandbox.putCount());

        IamClient fresh = IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V2)
                .build();
        fresh.updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("Deutsch"));
        fresh.updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("English"));
        long languageLookups = sandbox.requests().stream()
                .filter(r -> r.rawPath().endsWith("/supported-languages"))
                .count();
        assertEquals(2, languageLookups, "one for the first client, one for the fresh one; then cached");
    }

    @Test
    void anUnknownCountryIsAViolationNotAFailedStatesLookup() {
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.updateProfile(
                        SandboxUsers.US_USER,
                        UpdateOptions.defaults().withLookupChecks(true),
                        c -> c.country("Atlantis")));
        assertEquals(
                List.of("country"),
                e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().contains("must be one of the country lookup values"), e.getMessage());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void theRawFullReplaceRefusesANullFieldBeforeSending() {
        UserProfileUpdate incomplete = new Gson()
                .fromJson(stored(null, SandboxUsers.US_USER), UserProfileUpdate.class)
                .city(null);
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class, () -> client.replaceProfile(SandboxUsers.US_USER, incomplete));
        assertEquals("city", e.violations().get(0).field());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void theRawGeneratedApiThroughTheClientIsGuardedToo() {
        UserProfileUpdate incomplete = new UserProfileUpdate().jobTitle("CTO");
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> client.usersApiV2()
                        .updateUserProfile(SandboxUsers.US_USER, incomplete, null)
                        .execute());
        assertEquals(16, e.violations().size());
        assertEquals(0, sandbox.putCount());
        assertEquals(
                "Chief Engineer",
                stored(null, SandboxUsers.US_USER).get("jobTitle").getAsString());
    }
}
