package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.Profiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every spec operation through IamClient, in IAM v2 and v3: exact method, path and query, signed, answer
 * parsed; the raw full replace takes the profile model of the client's version and refuses the other's. The
 * lookups are in {@link LookupsTest}, the list of user ids and the checks of path arguments in {@link VersionedCallsTest}.
 */
class IamClientOperationsTest extends LoopbackClients {
    private static final String BASE = "/identity-management/v2/user-admin";
    private static final String V3_BASE = "/identity-management/v3/user-admin";
    /** A v3 user as the API answers it: v3's members, v2's tfaEnabled, an unlisted member, a missing address. */
    static final String V3_USER = "{\"uiIdentityId\":\"A-B-1CDEFG\",\"uiUserName\":\"jdoe\",\"accountId\":\"1-ABCDE\","
            + "\"isLocked\":false,\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane@example.com\","
            + "\"phone\":\"(617) 555-0100\",\"country\":\"USA\",\"state\":\"MA\",\"timeZone\":\"GMT\","
            + "\"preferredLanguage\":\"English\",\"sessionTimeOut\":1800,\"additionalAuthentication\":\"TFA\","
            + "\"additionalAuthenticationConfigured\":true,\"tfaEnabled\":true,\"tfaConfigured\":true,"
            + "\"emailUpdatePending\":false,\"userStatus\":\"ACTIVE\"}";
    /** The keys a v3 PUT of {@link #V3_USER}'s profile carries: each field with a value, in spec order. */
    static final Set<String> V3_WIRE_KEYS = new LinkedHashSet<>(List.of(
            "firstName",
            "lastName",
            "email",
            "phone",
            "state",
            "country",
            "preferredLanguage",
            "timeZone",
            "sessionTimeOut",
            "additionalAuthentication"));

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void getUserSendsEveryFlagAsFalseByDefaultAndToleratesUnknownMembers(ApiVersion version) throws Exception {
        server.enqueue(json(version == ApiVersion.V2 ? USER_JSON : V3_USER));

        IamUser user = iam(version).getUser("A-B-1CDEFG");

        assertEquals("A-B-1CDEFG", user.getUiIdentityId());
        assertEquals("(617) 555-0100", user.getPhone());
        assertEquals(1800, user.getSessionTimeOut());
        assertEquals("Jane", user.getFirstName());
        if (version == ApiVersion.V2) {
            assertInstanceOf(User.class, user);
            assertSent("GET", BASE + "/ui-identities/A-B-1CDEFG?notifications=false&actions=false&authGrants=false");
        } else {
            var v3User = assertInstanceOf(io.github.iamuser.generated.v3.model.User.class, user);
            assertEquals("TFA", v3User.getAdditionalAuthentication());
            assertTrue(v3User.getAdditionalAuthenticationConfigured());
            assertSent("GET", V3_BASE + "/ui-identities/A-B-1CDEFG?actions=false&authGrants=false&notifications=false");
        }
    }

    @Test
    void getUserSendsTheFlagsAskedForAsTrueAndTheOthersAsFalse() throws Exception {
        server.enqueue(json(USER_JSON));
        server.enqueue(json(USER_JSON));

        iam.getUser("A-B-1CDEFG", GetUserOptions.none().withAuthGrants());
        iam.getUser("A-B-1CDEFG", GetUserOptions.all());

        assertSent("GET", BASE + "/ui-identities/A-B-1CDEFG?notifications=false&actions=false&authGrants=true");
        assertSent("GET", BASE + "/ui-identities/A-B-1CDEFG?notifications=true&actions=true&authGrants=true");
    }

    @Test
    void getUserEncodesTheIdAsOnePathSegment() throws Exception {
        server.enqueue(json(USER_JSON));

        iam.getUser("A B/1");

        assertSent("GET", BASE + "/ui-identities/A%20B%2F1?notifications=false&actions=false&authGrants=false");
    }

    @Test
    void replaceProfileSendsEveryFieldOfTheBodyAsJson() throws Exception {
        server.enqueue(json(USER_JSON));

        User updated = iam.replaceProfile("A-B-1CDEFG", completeProfile());

        assertEquals("Jane", updated.getFirstName());
        RecordedRequest put = assertSent("PUT", BASE + "/ui-identities/A-B-1CDEFG/basic-info");
        assertTrue(put.getHeader("Content-Type").startsWith("application/json"));
        assertEquals(
                JsonParser.parseString("{\"firstName\":\"Jane\",\"lastName\":\"Doe\","
                        + "\"email\":\"jane@example.com\",\"secondaryEmail\":\"\",\"phone\":\"6175550100\","
                        + "\"mobilePhone\":\"\",\"jobTitle\":\"R&D lead\",\"address\":\"1 Main St\","
                        + "\"city\":\"Boston\",\"state\":\"MA\",\"zipCode\":\"02110\",\"country\":\"USA\","
                        + "\"contactType\":\"Technical Decision Maker\",\"preferredLanguage\":\"English\","
                        + "\"timeZone\":\"GMT\",\"sessionTimeOut\":1800,\"tfaEnabled\":true}"),
                JsonParser.parseString(put.getBody().readUtf8()));
    }

    @Test
    void replaceProfileWritesCharactersAsTheyAre() throws Exception {
        server.enqueue(json(USER_JSON));

        iam.replaceProfile("A-B-1CDEFG", completeProfile());

        String body = server.takeRequest().getBody().readUtf8();
        assertTrue(body.contains("\"jobTitle\":\"R&D lead\""), body);
    }

    @Test
    void replaceProfileRefusesACompleteProfileThatBreaksARuleBeforeSending() {
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> iam.replaceProfile("A-B-1CDEFG", completeProfile().zipCode("ABCDE")));

        assertEquals(
                List.of("zipCode"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theGeneratedV3InterfacesShareTheSignedStackAndAreGuardedByV3sFields() throws Exception {
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> v3.usersApi()
                        .updateUserProfile(
                                "A-B-1CDEFG",
                                new io.github.iamuser.generated.v3.model.UserProfileUpdate().jobTitle("CTO"),
                                null)
                        .execute());
        assertEquals(16, refused.violations().size(), "every key but jobTitle is missing");
        assertEquals(0, server.getRequestCount());
        server.enqueue(json(V3_USER));
        server.enqueue(json(V3_USER));
        server.enqueue(json("[\"USA\"]"));

        assertEquals(
                200,
                v3.usersApi()
                        .updateUserProfile("A-B-1CDEFG", Profiles.completeV3Update(), null)
                        .execute()
                        .code());
        var user = v3.usersApi()
                .getUser("A-B-1CDEFG", false, null, null, null)
                .execute()
                .body();
        List<String> countries = v3.lookupsApi().listCountries(null).execute().body();

        assertEquals("Jane", user.getFirstName());
        assertEquals(List.of("USA"), countries);
        assertSent("PUT", V3_BASE + "/ui-identities/A-B-1CDEFG/basic-info");
        assertSent("GET", V3_BASE + "/ui-identities/A-B-1CDEFG?actions=false");
        assertSent("GET", V3_BASE + "/common/countries");
    }

    @Test
    void blankArgumentsAreRefusedBeforeAnythingIsSent() {
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> iam.getUser(" "));
        IllegalArgumentException body = assertThrows(
                IllegalArgumentException.class, () -> iam.replaceProfile("A-B-1CDEFG", (UserProfileUpdate) null));
        IllegalArgumentException country =
                assertThrows(IllegalArgumentException.class, () -> iam.lookups().states(""));

        assertTrue(id.getMessage().startsWith("uiIdentityId is missing or blank"), id.getMessage());
        assertTrue(body.getMessage().startsWith("profile is null"), body.getMessage());
        assertTrue(country.getMessage().startsWith("country is missing or blank"), country.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void toStringShowsNoSecret() {
        String text = iam.toString();

        assertTrue(text.contains("127.0.0.1"), text);
        assertTrue(!text.contains(Loopback.CLIENT_SECRET) && !text.contains(Loopback.ACCESS_TOKEN), text);
    }

    @Test
    void theRawFullReplaceTakesAV3ProfileAndRefusesAV2One() throws Exception {
        server.enqueue(json(V3_USER));

        io.github.iamuser.generated.v3.model.User updated =
                v3.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update());

        assertEquals("TFA", updated.getAdditionalAuthentication());
        JsonObject sent = JsonParser.parseString(assertSent("PUT", V3_BASE + "/ui-identities/A-B-1CDEFG/basic-info")
                        .getBody()
                        .readUtf8())
                .getAsJsonObject();
        assertEquals(V3_WIRE_KEYS, sent.keySet(), "every \"\" of the model is left out");

        RefusedChangeException v2Body =
                assertThrows(RefusedChangeException.class, () -> v3.replaceProfile("A-B-1CDEFG", completeProfile()));
        assertEquals(
                List.of("additionalAuthentication", "tfaEnabled"),
                v2Body.violations().stream().map(Violation::field).toList());
        assertTrue(v2Body.violations().get(1).message().contains("is a field of IAM v2 only"));

        RefusedChangeException incomplete = assertThrows(
                RefusedChangeException.class,
                () -> v3.replaceProfile(
                        "A-B-1CDEFG", Profiles.completeV3Update().additionalAuthentication(null)));
        assertEquals("additionalAuthentication", incomplete.violations().get(0).field());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aV2ClientRefusesAV3Profile() {
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));

        assertEquals(
                List.of("tfaEnabled", "additionalAuthentication"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, server.getRequestCount());
    }

    private static UserProfileUpdate completeProfile() {
        return Profiles.completeV2Update();
    }
}
