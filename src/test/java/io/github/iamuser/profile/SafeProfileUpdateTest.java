package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Read-modify-write through the real client against the sandbox, which serves IAM v2 and v3 over the same
 * users and erases what a PUT leaves out: each guarantee in both versions where both have it, v3's own
 * (additionalAuthentication, canonically equal text) and what each version then reads of the other's write.
 */
class SafeProfileUpdateTest {
    private static final Gson GSON = new Gson();
    private static IamSandbox sandbox;
    private static IamClient v2;
    private static IamClient v3;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        v2 = TestClients.against(sandbox, ApiVersion.V2);
        v3 = TestClients.against(sandbox, ApiVersion.V3);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static IamClient client(ApiVersion version) {
        return version == ApiVersion.V2 ? v2 : v3;
    }

    private static JsonObject stored(ApiVersion version, String key, String id) {
        return ProfileField.profileOf(sandbox.user(key, id), version);
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void changesOnlyTheNamedFieldsAndKeepsEveryOther(ApiVersion version) {
        JsonObject before = stored(version, null, SandboxUsers.US_USER);
        UpdateResult<IamUser> result = client(version).updateProfile(SandboxUsers.US_USER, c -> {
            c.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE);
            if (version == ApiVersion.V3) {
                c.additionalAuthentication(AdditionalAuthentication.MFA);
            }
        });

        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
        List<FieldDiff> changes = List.of(
                new FieldDiff("mobilePhone", "6175550199", ""), new FieldDiff("jobTitle", "Chief Engineer", "CTO"));
        JsonObject expected = before.deepCopy();
        expected.addProperty("jobTitle", "CTO");
        expected.addProperty("mobilePhone", "");
        if (version == ApiVersion.V2) {
            assertEquals(changes, result.changes());
            assertEquals(expected, stored(version, null, SandboxUsers.US_USER));
            assertEquals(expected, JsonParser.parseString(result.requestBody()), "v2 sends the cleared field as \"\"");
        } else {
            assertEquals(
                    List.of(changes.get(0), changes.get(1), new FieldDiff("additionalAuthentication", "TFA", "MFA")),
                    result.changes());
            expected.addProperty("additionalAuthentication", "MFA");
            assertEquals(expected, stored(version, null, SandboxUsers.US_USER));
            expected.remove("mobilePhone");
            assertEquals(expected, JsonParser.parseString(result.requestBody()), "the cleared field is left out");
            assertFalse(sandbox.user(null, SandboxUsers.US_USER).has("mobilePhone"), "and so erased");
            assertEquals("MFA", ((User) result.after()).getAdditionalAuthentication());
        }
        assertEquals(List.of(), result.serverDifferences());
        assertEquals("CTO", result.after().getJobTitle());
        assertEquals(1, sandbox.putCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aLoneSurrogateWhichUtf8CannotCarryIsRefusedBeforeAnythingIsSent(ApiVersion version) {
        JsonObject before = stored(version, null, SandboxUsers.US_USER);

        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(version)
                        .updateProfile(
                                SandboxUsers.US_USER,
                                c -> c.firstName("Ada\uD83D").city("\uDE00Boston")));

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
        assertEquals(before, stored(version, null, SandboxUsers.US_USER));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aUserWithNoStateOrZipKeepsTheirEmptyFieldsAsNoValue(ApiVersion version) {
        client(version).updateProfile(SandboxUsers.GERMAN_USER, c -> c.city("Berlin"));
        JsonObject after = stored(version, null, SandboxUsers.GERMAN_USER);
        assertEquals("", after.get("state").getAsString());
        assertEquals("", after.get("zipCode").getAsString());
        assertEquals("+49 30 1234567", after.get("phone").getAsString());
        assertEquals("Berlin", after.get("city").getAsString());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void nothingIsSentWhenNothingChanges(ApiVersion version) {
        UpdateResult<IamUser> result =
                client(version).updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("Chief Engineer"));
        assertEquals(UpdateResult.Outcome.UNCHANGED, result.outcome());
        assertNull(result.requestBody());
        assertEquals(0, sandbox.putCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void invalidValuesAreAllReportedAndNothingIsWritten(ApiVersion version) {
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(version)
                        .updateProfile(
                                SandboxUsers.US_USER,
                                c -> c.firstName("").phone("call me").zipCode("ABC")));
        assertEquals(
                List.of("firstName", "phone", "zipCode"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(0, sandbox.putCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void changingTheEmailNeedsAnExplicitOptIn(ApiVersion version) {
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(version).updateProfile(SandboxUsers.US_USER, c -> c.email("ada@new.example.com")));
        assertEquals("email change not confirmed", e.violations().get(0).rule());
        assertEquals(0, sandbox.putCount());

        client(version)
                .updateProfile(
                        SandboxUsers.US_USER,
                        c -> c.email("ada@new.example.com").allowEmailChange());
        assertEquals(
                "ada@new.example.com",
                stored(version, null, SandboxUsers.US_USER).get("email").getAsString());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void lookupChecksRefuseUnknownValuesAndAskEachLookupOncePerAccount(ApiVersion version) {
        UpdateOptions checked = UpdateOptions.defaults().withLookupChecks(true);
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(version)
                        .updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("Klingon")));
        assertEquals("preferredLanguage", e.violations().get(0).field());
        assertEquals(0, sandbox.putCount());

        IamClient fresh = TestClients.against(sandbox, version);
        fresh.updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("Deutsch"));
        fresh.updateProfile(SandboxUsers.US_USER, checked, c -> c.preferredLanguage("English"));
        long languageLookups = sandbox.requests().stream()
                .filter(r -> r.rawPath().endsWith("/supported-languages"))
                .count();
        assertEquals(2, languageLookups, "one for the first client, one for the fresh one; then cached");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void anUnknownCountryIsAViolationNotAFailedStatesLookup(ApiVersion version) {
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(version)
                        .updateProfile(
                                SandboxUsers.US_USER,
                                UpdateOptions.defaults().withLookupChecks(true),
                                c -> c.country("Atlantis")));
        assertEquals(
                List.of("country"),
                e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().contains("must be one of the country lookup values"), e.getMessage());
        assertEquals(0, sandbox.putCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aDryRunReturnsTheExactBodyAndSendsOnlyTheGet(ApiVersion version) {
        JsonObject before = stored(version, null, SandboxUsers.US_USER);
        UpdateResult<IamUser> result = client(version)
                .updateProfile(SandboxUsers.US_USER, UpdateOptions.defaults().withDryRun(true), c -> {
                    c.sessionTimeOut(3600);
                    if (version == ApiVersion.V3) {
                        c.additionalAuthentication(AdditionalAuthentication.NONE);
                    }
                });
        assertEquals(UpdateResult.Outcome.DRY_RUN, result.outcome());
        FieldDiff timeout = new FieldDiff("sessionTimeOut", "1800", "3600");
        assertEquals(
                version == ApiVersion.V2
                        ? List.of(timeout)
                        : List.of(timeout, new FieldDiff("additionalAuthentication", "TFA", "NONE")),
                result.changes());
        JsonObject body = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        assertEquals(ProfileField.names(version), body.keySet());
        assertEquals(3600, body.get("sessionTimeOut").getAsInt());
        if (version == ApiVersion.V3) {
            assertTrue(result.requestBody().contains("\"additionalAuthentication\":\"NONE\""));
            assertEquals("TFA", before.get("additionalAuthentication").getAsString());
        }
        assertEquals(0, sandbox.putCount());
        assertEquals(
                List.of("GET"), sandbox.requests().stream().map(r -> r.method()).toList());
        assertEquals(before, stored(version, null, SandboxUsers.US_USER));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void updatesRunInTheAccountTheSwitchKeySelects(ApiVersion version) {
        UpdateOptions other = UpdateOptions.defaults().withAccountSwitchKey(SandboxUsers.SWITCH_KEY);
        client(version).updateProfile(SandboxUsers.SWITCHED_USER, other, c -> c.jobTitle("Lead"));
        assertEquals(
                "Lead",
                stored(version, SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER)
                        .get("jobTitle")
                        .getAsString());
        assertTrue(sandbox.requests().stream()
                .allMatch(r -> SandboxUsers.SWITCH_KEY.equals(r.rawQueryParameter("accountSwitchKey"))));
    }

    @Test
    void aV3SiblingWithTheAccountSwitchKeySelectsTheUserOfAnotherAccount() {
        v3.withAccountSwitchKey(SandboxUsers.SWITCH_KEY)
                .updateProfile(
                        SandboxUsers.SWITCHED_USER, c -> c.additionalAuthentication(AdditionalAuthentication.TFA));

        assertEquals(
                "TFA",
                stored(ApiVersion.V3, SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER)
                        .get("additionalAuthentication")
                        .getAsString());
    }

    @Test
    void theRawFullReplaceRefusesANullFieldBeforeSending() {
        UserProfileUpdate incomplete = GSON.fromJson(
                        stored(ApiVersion.V2, null, SandboxUsers.US_USER), UserProfileUpdate.class)
                .city(null);
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> v2.replaceProfile(SandboxUsers.US_USER, incomplete));
        assertEquals("city", e.violations().get(0).field());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void theGeneratedApiThroughTheClientIsGuardedToo() {
        io.github.iamuser.generated.v3.model.UserProfileUpdate incomplete =
                new io.github.iamuser.generated.v3.model.UserProfileUpdate().jobTitle("CTO");
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> v3.usersApi()
                        .updateUserProfile(SandboxUsers.US_USER, incomplete, null)
                        .execute());
        assertEquals(16, e.violations().size());
        assertEquals(0, sandbox.putCount());
        assertEquals(
                "Chief Engineer",
                stored(ApiVersion.V3, null, SandboxUsers.US_USER)
                        .get("jobTitle")
                        .getAsString());
    }

    private static final String NFC = Normalizer.normalize("\u00c9milie Zo\u00eb", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void aValueCanonicallyEqualToTheStoredOneIsNoChange() {
        v3.updateProfile(SandboxUsers.US_USER, c -> c.firstName(NFC));
        assertEquals(1, sandbox.putCount());

        UpdateResult<IamUser> result = v3.updateProfile(SandboxUsers.US_USER, c -> c.firstName(NFD));

        assertEquals(UpdateResult.Outcome.UNCHANGED, result.outcome(), result.toString());
        assertEquals(1, sandbox.putCount(), "nothing sent");
        assertEquals(
                NFC,
                stored(ApiVersion.V3, null, SandboxUsers.US_USER)
                        .get("firstName")
                        .getAsString());
    }

    @Test
    void aValueTheCallerSetsIsSentInNfc() {
        UpdateResult<IamUser> result = v3.updateProfile(SandboxUsers.US_USER, c -> c.lastName(NFD));

        assertEquals(List.of(new FieldDiff("lastName", "Lovelace", NFC)), result.changes());
        assertEquals(
                NFC,
                JsonParser.parseString(result.requestBody())
                        .getAsJsonObject()
                        .get("lastName")
                        .getAsString());
        assertEquals(
                NFC,
                stored(ApiVersion.V3, null, SandboxUsers.US_USER)
                        .get("lastName")
                        .getAsString());
        assertEquals(List.of(), result.serverDifferences());
    }

    @Test
    void fieldsTheCallerDidNotTouchOrSetToACanonicallyEqualValueAreSentBackExactlyAsRead() {
        JsonObject decomposed = stored(ApiVersion.V3, null, SandboxUsers.US_USER);
        decomposed.addProperty("firstName", NFD);
        decomposed.addProperty("city", NFD);
        v3.replaceProfile(
                SandboxUsers.US_USER,
                new Gson().fromJson(decomposed, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));

        UpdateResult<IamUser> result =
                v3.updateProfile(SandboxUsers.US_USER, c -> c.city(NFC).jobTitle("CTO"));

        assertEquals(List.of(new FieldDiff("jobTitle", "Chief Engineer", "CTO")), result.changes());
        JsonObject sent = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        assertEquals(NFD, sent.get("firstName").getAsString(), "not touched: sent as read");
        assertEquals(NFD, sent.get("city").getAsString(), "set to what it holds: no change, sent as read");
        assertEquals(
                NFD,
                stored(ApiVersion.V3, null, SandboxUsers.US_USER).get("city").getAsString());
    }

    @Test
    void aV2ReaderSeesAV3WriteAsTfaEnabledAndAV2WriteKeepsMfa() {
        v3.updateProfile(SandboxUsers.CANADIAN_USER, c -> c.additionalAuthentication(AdditionalAuthentication.NONE));
        assertFalse(v2.getUser(SandboxUsers.CANADIAN_USER).getTfaEnabled());

        v2.updateProfile(SandboxUsers.GERMAN_USER, c -> c.city("Berlin"));
        User german = (User) v3.getUser(SandboxUsers.GERMAN_USER);
        assertEquals("MFA", german.getAdditionalAuthentication(), "a v2 update that keeps tfaEnabled false keeps MFA");
        assertEquals("Berlin", german.getCity());

        v2.updateProfile(SandboxUsers.GERMAN_USER, c -> c.tfaEnabled(true));
        assertEquals("TFA", ((User) v3.getUser(SandboxUsers.GERMAN_USER)).getAdditionalAuthentication());
    }

    @Test
    void lookupChecksAndTheSandboxsOwnChecksHoldInV3() {
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> v3.updateProfile(
                        SandboxUsers.US_USER,
                        UpdateOptions.defaults().withLookupChecks(true),
                        c -> c.timeZone("Mars/Olympus_Mons")));
        assertEquals("timeZone", refused.violations().get(0).field());
        assertEquals(0, sandbox.putCount());

        User user = (User) v3.getUser(SandboxUsers.US_USER);
        io.github.iamuser.generated.v3.model.UserProfileUpdate body = GSON.fromJson(
                        ProfileField.profileOf(GSON.toJsonTree(user).getAsJsonObject(), ApiVersion.V3),
                        io.github.iamuser.generated.v3.model.UserProfileUpdate.class)
                .timeZone("Mars/Olympus_Mons");
        ValidationException rejected =
                assertThrows(ValidationException.class, () -> v3.replaceProfile(SandboxUsers.US_USER, body));
        assertEquals(
                "timeZone", rejected.problem().orElseThrow().errors().get(0).field());
    }
}
