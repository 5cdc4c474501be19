package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.CANADIAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.CONTRACT_USER;
import static io.github.iamuser.sandbox.SandboxUsers.GERMAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCHED_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY_WITH_CONTRACT;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Get a user and update a profile, with IAM's full-replace semantics, in the own and switched accounts. */
class UserEndpointsTest {
    /** The text fields that may never be empty: a PUT without one of them is refused. */
    private static final Set<String> NON_EMPTY_TEXT = ProfileField.of(ApiVersion.V2).stream()
            .filter(f -> f.nonEmpty() && f.type() == ProfileField.Type.STRING)
            .map(ProfileField::jsonName)
            .collect(Collectors.toSet());

    private static final Set<String> RESPONSE_ONLY =
            Set.of("uiIdentityId", "uiUserName", "accountId", "isLocked", "lastLoginDate", "passwordExpiryDate");
    private static final String USER_NOT_FOUND = "{\"type\":\"/useradmin-api/error-types/1100\","
            + "\"title\":\"User not found\",\"detail\":\"\",\"httpStatus\":404,\"instance\":\"\"}";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void theUsUserHasEveryProfileFieldResponseOnlyFieldsAndUnlistedExtras() {
        SignedClient.Answer answer = SANDBOX.client().getUser(null, US_USER);
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.headers().get("Content-Type"));
        JsonObject user = answer.object();
        Set<String> expected = new TreeSet<>(ProfileField.names(ApiVersion.V2));
        expected.addAll(RESPONSE_ONLY);
        expected.addAll(Set.of("tfaConfigured", "emailUpdatePending", "userStatus"));
        assertEquals(expected, new TreeSet<>(user.keySet()));
        assertEquals("MA", user.get("state").getAsString());
        assertEquals("02142", user.get("zipCode").getAsString());
        assertEquals("6175550100", user.get("phone").getAsString());
        assertEquals(1800, user.get("sessionTimeOut").getAsInt());
        assertEquals(SandboxUsers.OWN_ACCOUNT_ID, user.get("accountId").getAsString());
        ProfileField.names(ApiVersion.V2).stream()
                .filter(f -> user.get(f).isJsonPrimitive()
                        && user.get(f).getAsJsonPrimitive().isString())
                .forEach(f -> assertFalse(user.get(f).getAsString().isEmpty(), f + " is set"));
    }

    @Test
    void theGeneratedClientModelReadsTheAnswer() {
        User user = new com.google.gson.Gson()
                .fromJson(SANDBOX.client().getUser(null, GERMAN_USER).body(), User.class);
        assertEquals(GERMAN_USER, user.getUiIdentityId());
        assertEquals("+49 30 1234567", user.getPhone());
    }

    @Test
    void theCanadianAndGermanUsersAreSeededAsDocumented() {
        JsonObject canadian = SANDBOX.client().getUser(null, CANADIAN_USER).object();
        assertEquals("Canada", canadian.get("country").getAsString());
        assertEquals("ON", canadian.get("state").getAsString());
        assertEquals("M5H 2N2", canadian.get("zipCode").getAsString());
        JsonObject german = SANDBOX.client().getUser(null, GERMAN_USER).object();
        assertEquals("Germany", german.get("country").getAsString());
        for (String empty : new String[] {
            "state", "zipCode", "jobTitle", "city", "address", "mobilePhone", "secondaryEmail", "contactType"
        }) {
            assertEquals("", german.get(empty).getAsString(), empty);
        }
        assertEquals("+49 30 1234567", german.get("phone").getAsString());
    }

    @Test
    void eachFlagAddsItsMember() {
        assertFalse(SANDBOX.client().getUser(null, US_USER).object().has("actions"));
        String path = USERS + US_USER;
        JsonObject actions = SANDBOX.client().get(path + "?actions=true").object();
        assertTrue(actions.get("actions").getAsJsonObject().get("editProfile").getAsBoolean());
        assertFalse(actions.has("authGrants") || actions.has("notifications"));
        JsonObject all = SANDBOX.client()
                .get(path + "?actions=true&authGrants=TRUE&notifications=true")
                .object();
        assertEquals(
                "Admin",
                all.getAsJsonArray("authGrants")
                        .get(0)
                        .getAsJsonObject()
                        .get("roleName")
                        .getAsString());
        assertTrue(all.getAsJsonObject("notifications")
                .get("enableEmailNotifications")
                .getAsBoolean());
        assertFalse(SANDBOX.client().get(path + "?actions=false").object().has("actions"));
        JsonObject explicitFalse = SANDBOX.client()
                .get(path + "?actions=false&authGrants=false&notifications=false")
                .object();
        assertEquals(US_USER, explicitFalse.get("uiIdentityId").getAsString());
        assertFalse(
                explicitFalse.has("actions") || explicitFalse.has("authGrants") || explicitFalse.has("notifications"));
    }

    @Test
    void aFlagThatIsNotABooleanIsA400NamingIt() {
        SignedClient.Answer answer = SANDBOX.client().get(USERS + US_USER + "?notifications=yes");
        assertEquals(400, answer.status());
        JsonObject error = answer.object().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals("notifications", error.get("field").getAsString());
    }

    @Test
    void aCompletePutReplacesTheProfileAndAnswersTheUpdatedUser() {
        JsonObject profile = Profiles.with(
                Profiles.updateFrom(SANDBOX.client().getUser(null, US_USER).object()), "jobTitle", "Analyst");
        SignedClient.Answer answer = SANDBOX.client().putProfile(null, US_USER, profile);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Analyst", answer.object().get("jobTitle").getAsString());
        assertEquals(US_USER, answer.object().get("uiIdentityId").getAsString());
        assertEquals(
                profile,
                Profiles.updateFrom(SANDBOX.client().getUser(null, US_USER).object()));
        assertEquals(
                "Analyst", SANDBOX.sandbox().user(null, US_USER).get("jobTitle").getAsString());
        assertEquals(1, SANDBOX.sandbox().putCount());
    }

    @Test
    void aReadModifyWriteOfEachSeededUserKeepsEveryField() {
        for (String[] user : new String[][] {
            {null, US_USER},
            {null, CANADIAN_USER},
            {null, GERMAN_USER},
            {SWITCH_KEY, SWITCHED_USER},
            {SWITCH_KEY_WITH_CONTRACT, CONTRACT_USER}
        }) {
            JsonObject before = SANDBOX.client().getUser(user[0], user[1]).object();
            SignedClient.Answer answer = SANDBOX.client().putProfile(user[0], user[1], Profiles.updateFrom(before));
            assertEquals(200, answer.status(), user[1] + ": " + answer.body());
            assertEquals(before, SANDBOX.client().getUser(user[0], user[1]).object(), user[1]);
        }
    }

    @Test
    void aKeyMissingFromThePutErasesThatField() {
        JsonObject profile =
                Profiles.updateFrom(SANDBOX.client().getUser(null, US_USER).object());
        SignedClient.Answer answer = SANDBOX.client().putProfile(null, US_USER, Profiles.without(profile, "jobTitle"));
        assertEquals(200, answer.status(), answer.body());
        assertFalse(answer.object().has("jobTitle"));
        JsonObject after = SANDBOX.client().getUser(null, US_USER).object();
        assertFalse(after.has("jobTitle"), "the job title is gone: " + after);
        assertFalse(SANDBOX.sandbox().user(null, US_USER).has("jobTitle"));
        assertEquals(Profiles.without(profile, "jobTitle"), Profiles.updateFrom(after), "nothing else changed");
    }

    @Test
    void aPutOfOnlyTheRequiredFieldsErasesEveryOptionalOne() {
        JsonObject user = SANDBOX.client().getUser(null, GERMAN_USER).object();
        JsonObject minimal = new JsonObject();
        for (String field : NON_EMPTY_TEXT) {
            minimal.add(field, user.get(field));
        }
        assertEquals(
                200, SANDBOX.client().putProfile(null, GERMAN_USER, minimal).status());
        JsonObject after = SANDBOX.client().getUser(null, GERMAN_USER).object();
        assertEquals(NON_EMPTY_TEXT, Set.copyOf(Profiles.updateFrom(after).keySet()));
        assertFalse(after.has("phone") || after.has("sessionTimeOut") || after.has("tfaEnabled"));
        assertEquals(GERMAN_USER, after.get("uiIdentityId").getAsString(), "server-managed members stay");
    }

    @Test
    void aUserOfAnotherAccountIsNotFound() {
        SignedClient.Answer answer = SANDBOX.client().getUser(null, SWITCHED_USER);
        assertEquals(404, answer.status());
        assertEquals(JsonParser.parseString(USER_NOT_FOUND), answer.json());
        assertEquals(404, SANDBOX.client().getUser(SWITCH_KEY, US_USER).status());
        assertEquals(404, SANDBOX.client().getUser(SWITCH_KEY, CONTRACT_USER).status());
        assertEquals(
                404,
                SANDBOX.client()
                        .putProfile(
                                SWITCH_KEY_WITH_CONTRACT,
                                SWITCHED_USER,
                                Profiles.updateFrom(SANDBOX.sandbox().user(SWITCH_KEY, SWITCHED_USER)))
                        .status());
    }

    @Test
    void aSwitchKeySelectsItsAccount() {
        JsonObject switched =
                SANDBOX.client().getUser(SWITCH_KEY, SWITCHED_USER).object();
        assertEquals(SWITCH_KEY, switched.get("accountId").getAsString());
        JsonObject contract = SANDBOX.client()
                .getUser(SWITCH_KEY_WITH_CONTRACT, CONTRACT_USER)
                .object();
        assertEquals(SWITCH_KEY_WITH_CONTRACT, contract.get("accountId").getAsString());
        JsonObject profile = Profiles.with(Profiles.updateFrom(switched), "city", "Osaka");
        assertEquals(
                200,
                SANDBOX.client().putProfile(SWITCH_KEY, SWITCHED_USER, profile).status());
        assertEquals(
                "Osaka",
                SANDBOX.sandbox().user(SWITCH_KEY, SWITCHED_USER).get("city").getAsString());
    }

    @Test
    void anUnknownSwitchKeyIsA403ListingTheKnownOnes() {
        for (String key : new String[] {"1-ZZZZZ", "", "1-5C0YLB:1-ZZZZ"}) {
            SignedClient.Answer answer = SANDBOX.client().get(USERS + US_USER + "?accountSwitchKey=" + key);
            assertEquals(403, answer.status(), key);
            String detail = answer.object().get("detail").getAsString();
            assertTrue(detail.contains("'" + key + "'") && detail.contains(SWITCH_KEY_WITH_CONTRACT), detail);
            assertEquals(403, answer.object().get("httpStatus").getAsInt());
        }
    }

    @Test
    void aPutForAnUnknownUserIsNotFound() {
        JsonObject profile = Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER));
        SignedClient.Answer answer = SANDBOX.client().putProfile(null, "A-B-NOSUCH", profile);
        assertEquals(JsonParser.parseString(USER_NOT_FOUND), answer.json());
    }

    @Test
    void aWrongMethodIsA405NamingTheRightOne() {
        SignedClient.Answer answer = SANDBOX.client().put(USERS + US_USER, "{}");
        assertEquals(405, answer.status());
        assertEquals("GET", answer.headers().get("Allow"));
        SignedClient.Answer get = SANDBOX.client().get(USERS + US_USER + "/basic-info");
        assertEquals(405, get.status());
        assertEquals("PUT", get.headers().get("Allow"));
    }

    @Test
    void anUnknownPathIsA404ProblemDocument() {
        for (String path : new String[] {
            "identity-management/v2/user-admin/groups",
            USERS,
            "other/api",
            USERS + US_USER + "/basic-info/more",
            "identity-management/v2/user-admin/common/regions"
        }) {
            SignedClient.Answer answer = SANDBOX.client().get(path);
            assertEquals(404, answer.status(), path);
            assertTrue(answer.object().get("detail").getAsString().contains("is not an endpoint"), path);
        }
    }

    @Test
    void userReturnsACopyAndNamesAMissingUser() {
        JsonObject copy = SANDBOX.sandbox().user(null, US_USER);
        copy.addProperty("firstName", "Changed");
        assertNotEquals(
                "Changed",
                SANDBOX.sandbox().user(null, US_USER).get("firstName").getAsString());
        IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> SANDBOX.sandbox().user(SWITCH_KEY, US_USER));
        assertTrue(
                missing.getMessage().contains(US_USER) && missing.getMessage().contains(SWITCH_KEY));
    }
}
