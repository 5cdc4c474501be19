package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.CANADIAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.GERMAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCHED_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sandbox serves IAM v3 beside v2 over the same users: v3 answers show additionalAuthentication and
 * its companions, v2 answers do not, and v2's tfaEnabled stays additionalAuthentication == TFA whichever
 * version writes; each version's PUT takes its own 17 fields and refuses the other's.
 */
class SandboxV3Test {
    private static final String USERS_V3 = "identity-management/v3/user-admin/ui-identities/";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void aV3AnswerShowsV3sMembersAndAV2AnswerHidesThem() {
        JsonObject v3 = getV3(US_USER);
        JsonObject v2 = SANDBOX.client().getUser(null, US_USER).object();

        assertEquals("TFA", v3.get("additionalAuthentication").getAsString());
        for (String member :
                List.of("additionalAuthenticationConfigured", "tfaConfigured", "emailUpdatePending", "tfaEnabled")) {
            assertTrue(v3.has(member), member);
        }
        assertFalse(v2.has("additionalAuthentication"));
        assertFalse(v2.has("additionalAuthenticationConfigured"));
        Set<String> v2Members = new TreeSet<>(v2.keySet());
        v2Members.addAll(List.of("additionalAuthentication", "additionalAuthenticationConfigured"));
        assertEquals(v2Members, new TreeSet<>(v3.keySet()), "the same user otherwise");
    }

    @Test
    void anMfaUserIsNotTwoFactorInV2() {
        assertEquals("MFA", getV3(GERMAN_USER).get("additionalAuthentication").getAsString());
        assertFalse(SANDBOX.client()
                .getUser(null, GERMAN_USER)
                .object()
                .get("tfaEnabled")
                .getAsBoolean());
        assertFalse(getV3(GERMAN_USER).get("tfaEnabled").getAsBoolean());
    }

    @Test
    void aV3PutOfMfaTurnsV2sTfaEnabledOffAndTheNewMethodIsNotConfiguredYet() {
        JsonObject profile =
                Profiles.with(Profiles.updateFrom(getV3(US_USER), ApiVersion.V3), "additionalAuthentication", "MFA");

        SignedClient.Answer answer = putV3(US_USER, profile);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(profile, Profiles.updateFrom(answer.object(), ApiVersion.V3), "stored as sent");
        assertFalse(answer.object().get("additionalAuthenticationConfigured").getAsBoolean());
        assertFalse(answer.object().get("tfaEnabled").getAsBoolean());
        assertFalse(SANDBOX.client()
                .getUser(null, US_USER)
                .object()
                .get("tfaEnabled")
                .getAsBoolean());
    }

    @Test
    void aV2PutOfTfaEnabledFalseTurnsTfaOffButLeavesMfaAsItIs() {
        JsonObject us = Profiles.with(
                Profiles.updateFrom(SANDBOX.client().getUser(null, US_USER).object()), "jobTitle", "CTO");
        us.addProperty("tfaEnabled", false);
        assertEquals(200, SANDBOX.client().putProfile(null, US_USER, us).status());
        assertEquals("NONE", getV3(US_USER).get("additionalAuthentication").getAsString());

        JsonObject german =
                Profiles.updateFrom(SANDBOX.client().getUser(null, GERMAN_USER).object());
        assertEquals(200, SANDBOX.client().putProfile(null, GERMAN_USER, german).status());
        assertEquals("MFA", getV3(GERMAN_USER).get("additionalAuthentication").getAsString());
        assertTrue(getV3(GERMAN_USER).get("additionalAuthenticationConfigured").getAsBoolean(), "unchanged");

        german.addProperty("tfaEnabled", true);
        assertEquals(200, SANDBOX.client().putProfile(null, GERMAN_USER, german).status());
        assertEquals("TFA", getV3(GERMAN_USER).get("additionalAuthentication").getAsString());
    }

    @Test
    void eachVersionsPutRefusesTheOthersFieldNamingWhatToSend() {
        JsonObject v3 = Profiles.updateFrom(getV3(CANADIAN_USER), ApiVersion.V3);
        v3.addProperty("tfaEnabled", true);
        SignedClient.Answer refused = putV3(CANADIAN_USER, v3);
        assertEquals(400, refused.status());
        assertEquals(
                "tfaEnabled is not a field of IAM v3's profile: remove it, and send additionalAuthentication instead.",
                onlyError(refused, "tfaEnabled"));

        JsonObject v2 = Profiles.updateFrom(
                SANDBOX.client().getUser(null, CANADIAN_USER).object());
        v2.addProperty("additionalAuthentication", "TFA");
        SignedClient.Answer refusedV2 = SANDBOX.client().putProfile(null, CANADIAN_USER, v2);
        assertEquals(400, refusedV2.status());
        assertEquals(
                "additionalAuthentication is not a field of IAM v2's profile: remove it, and send tfaEnabled"
                        + " instead.",
                onlyError(refusedV2, "additionalAuthentication"));
    }

    @Test
    void additionalAuthenticationMustBeOneOfItsValuesAndCannotBeLeftOut() {
        JsonObject profile = Profiles.updateFrom(getV3(CANADIAN_USER), ApiVersion.V3);

        SignedClient.Answer sms = putV3(CANADIAN_USER, Profiles.with(profile, "additionalAuthentication", "SMS"));
        SignedClient.Answer missing = putV3(CANADIAN_USER, Profiles.without(profile, "additionalAuthentication"));

        assertEquals(400, sms.status());
        assertTrue(onlyError(sms, "additionalAuthentication").contains("must be one of TFA, MFA, NONE"));
        assertEquals(400, missing.status());
        assertTrue(onlyError(missing, "additionalAuthentication").startsWith("additionalAuthentication is missing"));
        assertEquals("TFA", getV3(CANADIAN_USER).get("additionalAuthentication").getAsString(), "nothing stored");
    }

    @Test
    void aV3AnswerLeavesAnOptionalFieldWithNoValueOutWhereV2ShowsEmptyText() {
        JsonObject v3 = getV3(GERMAN_USER);
        JsonObject v2 = SANDBOX.client().getUser(null, GERMAN_USER).object();

        for (String field : List.of("secondaryEmail", "mobilePhone", "jobTitle", "address", "city", "state")) {
            assertEquals("", v2.get(field).getAsString(), field);
            assertFalse(v3.has(field), field + ": Akamai's v3 user schema gives it minLength 1");
        }
        assertEquals("+49 30 1234567", v3.get("phone").getAsString(), "a value is shown");
    }

    @Test
    void aV3PutRefusesEmptyTextForAnOptionalFieldAsAkamaisReferenceDoes() {
        JsonObject profile = Profiles.updateFrom(getV3(US_USER), ApiVersion.V3);

        for (String field : List.of("mobilePhone", "secondaryEmail", "jobTitle", "zipCode")) {
            SignedClient.Answer refused = putV3(US_USER, Profiles.with(profile, field, ""));
            assertEquals(400, refused.status(), field);
            assertEquals(
                    "Request body property " + field + " must NOT have fewer than 1 characters: leave " + field
                            + " out for no value (a key left out erases the field).",
                    onlyError(refused, field));
        }
        assertEquals(profile, Profiles.updateFrom(getV3(US_USER), ApiVersion.V3), "nothing stored");
    }

    @Test
    void aV3PutErasesAnOptionalFieldItLeavesOutLikeV2() {
        JsonObject profile = Profiles.without(Profiles.updateFrom(getV3(US_USER), ApiVersion.V3), "mobilePhone");

        assertEquals(200, putV3(US_USER, profile).status());

        assertFalse(getV3(US_USER).has("mobilePhone"), "erased");
    }

    @Test
    void theListOfUsersSummarisesEachUserOfTheAccount() {
        JsonArray own = SANDBOX.client()
                .get(USERS_V3.substring(0, USERS_V3.length() - 1))
                .json()
                .getAsJsonArray();
        JsonArray switched = SANDBOX.client()
                .get("identity-management/v3/user-admin/ui-identities?actions=true&accountSwitchKey=" + SWITCH_KEY)
                .json()
                .getAsJsonArray();

        assertEquals(3 + SandboxUsers.LOAD_USER_COUNT, own.size());
        JsonObject ada = find(own, US_USER);
        assertEquals("TFA", ada.get("additionalAuthentication").getAsString());
        assertFalse(ada.has("address"), "a summary, not a profile");
        assertFalse(ada.has("actions"));
        assertEquals(1, switched.size());
        assertTrue(find(switched, SWITCHED_USER).has("actions"));
    }

    @Test
    void theListFiltersByGroupRefusesAGroupThatIsNotANumberAndHidesV3sMembersInV2() {
        String list = "identity-management/v3/user-admin/ui-identities?groupId=";

        assertEquals(
                3 + SandboxUsers.LOAD_USER_COUNT,
                SANDBOX.client().get(list + "12345").json().getAsJsonArray().size());
        assertEquals(
                0, SANDBOX.client().get(list + "99").json().getAsJsonArray().size());
        assertEquals(400, SANDBOX.client().get(list + "top").status());
        JsonArray v2 = SANDBOX.client()
                .get("identity-management/v2/user-admin/ui-identities")
                .json()
                .getAsJsonArray();
        assertFalse(find(v2, US_USER).has("additionalAuthentication"), "v2's list does not show it");
    }

    @Test
    void theLookupsAreServedUnderV3Too() {
        assertTrue(SANDBOX.client()
                .get("identity-management/v3/user-admin/common/countries")
                .json()
                .getAsJsonArray()
                .contains(new com.google.gson.JsonPrimitive("USA")));
        SignedClient.Answer unknown =
                SANDBOX.client().get("identity-management/v3/user-admin/common/countries/Atlantis/states");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("/identity-management/v3/user-admin/common/countries"), unknown.body());
    }

    private static JsonObject getV3(String uiIdentityId) {
        return SANDBOX.client().get(USERS_V3 + uiIdentityId).object();
    }

    private static SignedClient.Answer putV3(String uiIdentityId, JsonObject profile) {
        return SANDBOX.client().put(USERS_V3 + uiIdentityId + "/basic-info", profile.toString());
    }

    private static String onlyError(SignedClient.Answer answer, String field) {
        JsonArray errors = answer.object().getAsJsonArray("errors");
        assertEquals(1, errors.size(), answer.body());
        JsonObject error = errors.get(0).getAsJsonObject();
        assertEquals(field, error.get("field").getAsString());
        return error.get("detail").getAsString();
    }

    private static JsonObject find(JsonArray users, String uiIdentityId) {
        return StreamSupport.stream(users.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(user -> user.get("uiIdentityId").getAsString().equals(uiIdentityId))
                .findFirst()
                .orElseThrow();
    }
}
