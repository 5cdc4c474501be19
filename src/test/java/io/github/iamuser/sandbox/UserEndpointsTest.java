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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Get a user, list users and update a profile, with IAM's full-replace semantics, in the own and switched
 * accounts, in v2 and v3: each version's answers show its own members and its PUT takes its own 17 fields.
 */
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

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aCompletePutReplacesTheProfileAndAnswersTheUpdatedUser(ApiVersion version) {
        JsonObject profile = Profiles.with(
                Profiles.updateFrom(client().getUser(version, null, US_USER).object(), version), "jobTitle", "Analyst");
        SignedClient.Answer answer = client().putProfile(version, null, US_USER, profile);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Analyst", answer.object().get("jobTitle").getAsString());
        assertEquals(US_USER, answer.object().get("uiIdentityId").getAsString());
        assertEquals(
                profile,
                Profiles.updateFrom(client().getUser(version, null, US_USER).object(), version));
        assertEquals(
                "Analyst", SANDBOX.sandbox().user(null, US_USER).get("jobTitle").getAsString());
        assertEquals(1, SANDBOX.sandbox().putCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aReadModifyWriteOfEachSeededUserKeepsEveryField(ApiVersion version) {
        for (String[] user : new String[][] {
            {null, US_USER},
            {null, CANADIAN_USER},
            {null, GERMAN_USER},
            {SWITCH_KEY, SWITCHED_USER},
            {SWITCH_KEY_WITH_CONTRACT, CONTRACT_USER}
        }) {
            JsonObject before = client().getUser(version, user[0], user[1]).object();
            SignedClient.Answer answer =
                    client().putProfile(version, user[0], user[1], Profiles.updateFrom(before, version));
            assertEquals(200, answer.status(), user[1] + ": " + answer.body());
            assertEquals(before, client().getUser(version, user[0], user[1]).object(), user[1]);
        }
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aKeyMissingFromThePutErasesThatField(ApiVersion version) {
        JsonObject profile =
                Profiles.updateFrom(client().getUser(version, null, US_USER).object(), version);
        JsonObject erased = Profiles.without(Profiles.without(profile, "jobTitle"), "mobilePhone");
        SignedClient.Answer answer = client().putProfile(version, null, US_USER, erased);
        assertEquals(200, answer.status(), answer.body());
        JsonObject after = client().getUser(version, null, US_USER).object();
        for (String field : List.of("jobTitle", "mobilePhone")) {
            assertFalse(answer.object().has(field), field);
            assertFalse(after.has(field), field + " is gone: " + after);
            assertFalse(SANDBOX.sandbox().user(null, US_USER).has(field), field);
        }
        assertEquals(erased, Profiles.updateFrom(after, version), "nothing else changed");
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

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void eachVersionsPutRefusesTheOthersFieldNamingWhatToSend(ApiVersion version) {
        JsonObject profile = Profiles.updateFrom(
                client().getUser(version, null, CANADIAN_USER).object(), version);
        boolean v3 = version == ApiVersion.V3;
        String foreign = v3 ? "tfaEnabled" : "additionalAuthentication";
        profile.add(foreign, v3 ? new JsonPrimitive(true) : new JsonPrimitive("TFA"));
        assertEquals(
                v3
                        ? "tfaEnabled is not a field of IAM v3's profile: remove it, and send additionalAuthentication"
                                + " instead."
                        : "additionalAuthentication is not a field of IAM v2's profile: remove it, and send tfaEnabled"
                                + " instead.",
                client().putProfile(version, null, CANADIAN_USER, profile).onlyError(foreign));
    }

    @Test
    void aV3AnswerShowsV3sMembersAndAV2AnswerHidesThem() {
        JsonObject v3 = client().getUser(ApiVersion.V3, null, US_USER).object();
        JsonObject v2 = client().getUser(null, US_USER).object();

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
    void aV3AnswerLeavesAnOptionalFieldWithNoValueOutWhereV2ShowsEmptyText() {
        JsonObject v3 = client().getUser(ApiVersion.V3, null, GERMAN_USER).object();
        JsonObject v2 = client().getUser(null, GERMAN_USER).object();

        for (String field : List.of("secondaryEmail", "mobilePhone", "jobTitle", "address", "city", "state")) {
            assertEquals("", v2.get(field).getAsString(), field);
            assertFalse(v3.has(field), field + ": Akamai's v3 user schema gives it minLength 1");
        }
        assertEquals("+49 30 1234567", v3.get("phone").getAsString(), "a value is shown");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theListOfUsersSummarisesEachUserOfTheAccount(ApiVersion version) {
        String list = SignedClient.users(version).replaceAll("/$", "");
        JsonArray own = client().get(list).json().getAsJsonArray();
        JsonArray switched = client().get(list + "?actions=true&accountSwitchKey=" + SWITCH_KEY)
                .json()
                .getAsJsonArray();

        assertEquals(3 + SandboxUsers.LOAD_USER_COUNT, own.size());
        JsonObject ada = find(own, US_USER);
        assertEquals(version == ApiVersion.V3, ada.has("additionalAuthentication"), "v3's member in v3 only");
        if (version == ApiVersion.V3) {
            assertEquals("TFA", ada.get("additionalAuthentication").getAsString());
        }
        assertFalse(ada.has("address"), "a summary, not a profile");
        assertFalse(ada.has("actions"));
        assertEquals(1, switched.size());
        assertTrue(find(switched, SWITCHED_USER).has("actions"));
    }

    @Test
    void theListFiltersByGroupAndRefusesAGroupThatIsNotANumber() {
        String list = "identity-management/v3/user-admin/ui-identities?groupId=";

        assertEquals(
                3 + SandboxUsers.LOAD_USER_COUNT,
                client().get(list + "12345").json().getAsJsonArray().size());
        assertEquals(0, client().get(list + "99").json().getAsJsonArray().size());
        assertEquals(400, client().get(list + "top").status());
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
    void aPutForAnUnknownUserIsNotFound() {
        JsonObject profile = Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER));
        SignedClient.Answer answer = SANDBOX.client().putProfile(null, "A-B-NOSUCH", profile);
        assertEquals(JsonParser.parseString(USER_NOT_FOUND), answer.json());
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

    private static SignedClient client() {
        return SANDBOX.client();
    }

    private static JsonObject find(JsonArray users, String uiIdentityId) {
        return StreamSupport.stream(users.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(user -> user.get("uiIdentityId").getAsString().equals(uiIdentityId))
                .findFirst()
                .orElseThrow();
    }
}
