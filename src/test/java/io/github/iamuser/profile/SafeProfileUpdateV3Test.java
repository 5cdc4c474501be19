package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-modify-write in IAM v3 through the real client against the sandbox, which serves v2 and v3 over
 * the same users: every v3 guarantee end to end, and what each version then reads of the other's write.
 */
class SafeProfileUpdateV3Test {
    private static IamSandbox sandbox;
    private static IamClient v3;
    private static IamClient v2;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        v3 = IamClient.builder().credential(sandbox.credential()).build();
        v2 = v3.withOptions(b -> b.apiVersion(ApiVersion.V2));
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
        return ProfileField.profileOf(sandbox.user(key, id), ApiVersion.V3);
    }

    @Test
    void changesOnlyTheNamedFieldsAndLeavesTheClearedOneOut() {
        JsonObject before = stored(null, SandboxUsers.US_USER);

        ProfileUpdateResult result = v3.updateProfile(
                SandboxUsers.US_USER,
                c -> c.jobTitle("CTO")
                        .clear(ProfileField.MOBILE_PHONE)
                        .additionalAuthentication(AdditionalAuthentication.MFA));

        assertEquals(
                List.of(
                        new FieldDiff("mobilePhone", "6175550199", ""),
                        new FieldDiff("jobTitle", "Chief Engineer", "CTO"),
                        new FieldDiff("additionalAuthentication", "TFA", "MFA")),
                result.changes());
        JsonObject expected = before.deepCopy();
        expected.addProperty("jobTitle", "CTO");
        expected.addProperty("mobilePhone", "");
        expected.addProperty("additionalAuthentication", "MFA");
        assertEquals(expected, stored(null, SandboxUsers.US_USER));
        expected.remove("mobilePhone");
        assertEquals(expected, JsonParser.parseString(result.requestBody()), "the cleared field is left out");
        assertFalse(sandbox.user(null, SandboxUsers.US_USER).has("mobilePhone"), "and so erased");
        assertEquals(List.of(), result.serverDifferences());
        assertEquals("MFA", ((User) result.after()).getAdditionalAuthentication());
        assertEquals(1, sandbox.putCount());
    }

    private static final String NFC = Normalizer.normalize("\u00c9milie Zo\u00eb", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void aValueCanonicallyEqualToTheStoredOneIsNoChange() {
        v3.updateProfile(SandboxUsers.US_USER, c -> c.firstName(NFC));
        assertEquals(1, sandbox.putCount());

        ProfileUpdateResult result = v3.updateProfile(SandboxUsers.US_USER, c -> c.firstName(NFD));

        assertEquals(ProfileUpdateResult.Outcome.UNCHANGED, result.outcome(), result.toString());
        assertEquals(1, sandbox.putCount(), "nothing sent");
        assertEquals(NFC, stored(null, SandboxUsers.US_USER).get("firstName").getAsString());
    }

    @Test
    void aValueTheCallerSetsIsSentInNfc() {
        ProfileUpdateResult result = v3.updateProfile(SandboxUsers.US_USER, c -> c.lastName(NFD));

        assertEquals(List.of(new FieldDiff("lastName", "Lovelace", NFC)), result.changes());
        assertEquals(
                NFC,
                JsonParser.parseString(result.requestBody())
                        .getAsJsonObject()
                        .get("lastName")
                        .getAsString());
        assertEquals(NFC, stored(null, SandboxUsers.US_USER).get("lastName").getAsString());
        assertEquals(List.of(), result.serverDifferences());
    }

    @Test
    void fieldsTheCallerDidNotTouchOrSetToACanonicallyEqualValueAreSentBackExactlyAsRead() {
        JsonObject decomposed = stored(null, SandboxUsers.US_USER);
        decomposed.addProperty("firstName", NFD);
        decomposed.addProperty("city", NFD);
        v3.replaceProfile(
                SandboxUsers.US_USER,
                new Gson().fromJson(decomposed, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));

        ProfileUpdateResult result =
                v3.updateProfile(SandboxUsers.US_USER, c -> c.city(NFC).jobTitle("CTO"));

        assertEquals(List.of(new FieldDiff("jobTitle", "Chief Engineer", "CTO")), result.changes());
        JsonObject sent = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        assertEquals(NFD, sent.get("firstName").getAsString(), "not touched: sent as read");
        assertEquals(NFD, sent.get("city").getAsString(), "set to what it holds: no change, sent as read");
        assertEquals(NFD, stored(null, SandboxUsers.US_USER).get("city").getAsString());
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
    void aDryRunSendsNothingButTheGet() {
        ProfileUpdateResult result = v3.updateProfile(
                SandboxUsers.US_USER,
                UpdateOptions.defaults().withDryRun(true),
                c -> c.additionalAuthentication(AdditionalAuthentication.NONE));

        assertEquals(ProfileUpdateResult.Outcome.DRY_RUN, result.outcome());
        assertTrue(result.requestBody().contains("\"additionalAuthentication\":\"NONE\""));
        assertEquals(0, sandbox.putCount());
        assertEquals(
                "TFA",
                stored(null, SandboxUsers.US_USER)
                        .get("additionalAuthentication")
                        .getAsString());
    }

    @Test
    void theAccountSwitchKeySelectsTheUserOfAnotherAccount() {
        v3.withAccountSwitchKey(SandboxUsers.SWITCH_KEY)
                .updateProfile(
                        SandboxUsers.SWITCHED_USER, c -> c.additionalAuthentication(AdditionalAuthentication.TFA));

        assertEquals(
                "TFA",
                stored(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER)
                        .get("additionalAuthentication")
                        .getAsString());
    }

    @Test
    void lookupChecksAndTheSandboxsOwnChecksHoldInV3() {
        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class,
                () -> v3.updateProfile(
                        SandboxUsers.US_USER,
                        UpdateOptions.defaults().withLookupChecks(true),
                        c -> c.timeZone("Mars/Olympus_Mons")));
        assertEquals("timeZone", refused.violations().get(0).field());
        assertEquals(0, sandbox.putCount());

        User user = (User) v3.getUser(SandboxUsers.US_USER);
        io.github.iamuser.generated.v3.model.UserProfileUpdate body = new Gson()
                .fromJson(
                        ProfileField.profileOf(new Gson().toJsonTree(user).getAsJsonObject(), ApiVersion.V3),
                        io.github.iamuser.generated.v3.model.UserProfileUpdate.class)
                .timeZone("Mars/Olympus_Mons");
        ValidationException rejected = assertThrows(
                ValidationException.class, () -> v3.replaceProfile(SandboxUsers.US_USER, body, RequestOptions.none()));
        assertEquals(
                "timeZone", rejected.problem().orElseThrow().errors().get(0).field());
    }
}
