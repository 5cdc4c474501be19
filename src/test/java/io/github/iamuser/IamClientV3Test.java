package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.generated.v3.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.UserProfileUpdate.AdditionalAuthenticationEnum;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.AdditionalAuthentication;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.ProfileUpdateResult;
import io.github.iamuser.profile.ProfileUpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An IAM v3 client ({@code apiVersion(ApiVersion.V3)}) keeps every guarantee of v2 on v3's paths and
 * fields: the complete 17-key body with additionalAuthentication, validation, typed changes, dry run,
 * server differences, retries and account switching; a field of the other version is refused before
 * anything is sent. Against a loopback server, every request signed and verified.
 */
class IamClientV3Test {
    private static final String BASE = "/identity-management/v3/user-admin";
    /** A v3 user as the API answers it: v3's members, v2's tfaEnabled, an unlisted member, a missing address. */
    static final String V3_USER = "{\"uiIdentityId\":\"A-B-1CDEFG\",\"uiUserName\":\"jdoe\",\"accountId\":\"1-ABCDE\","
            + "\"isLocked\":false,\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"jane@example.com\","
            + "\"phone\":\"(617) 555-0100\",\"country\":\"USA\",\"state\":\"MA\",\"timeZone\":\"GMT\","
            + "\"preferredLanguage\":\"English\",\"sessionTimeOut\":1800,\"additionalAuthentication\":\"TFA\","
            + "\"additionalAuthenticationConfigured\":true,\"tfaEnabled\":true,\"tfaConfigured\":true,"
            + "\"emailUpdatePending\":false,\"userStatus\":\"ACTIVE\"}";

    /** The keys a v3 PUT of {@link #V3_USER}'s profile carries: each field with a value, in spec order. */
    private static final Set<String> V3_WIRE_KEYS = new LinkedHashSet<>(List.of(
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

    private MockWebServer server;
    private IamClient iam;
    private EdgeGridSignatureVerifier verifier;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V3)
                .build();
        verifier = new EdgeGridSignatureVerifier(Loopback.credential(server));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void theVersionIsChosenOnceOnTheBuilderAndV3IsTheDefault() {
        assertEquals(ApiVersion.V3, iam.apiVersion());
        assertEquals(ApiVersion.V3, iam.withAccountSwitchKey("1-5C0YLB").apiVersion());
        assertTrue(iam.toString().startsWith("IamClient{IAM v3, host=127.0.0.1:"), iam.toString());
        assertEquals(
                ApiVersion.V3,
                IamClient.builder()
                        .credential(Loopback.credential(server))
                        .build()
                        .apiVersion());
        IamClient v2 = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V2)
                .build();
        assertEquals(ApiVersion.V2, v2.apiVersion());
        assertEquals(
                ApiVersion.V2,
                v2.withOptions(b -> b.readTimeout(Duration.ofSeconds(5))).apiVersion());
    }

    @Test
    void getUserReadsV3sUserOnV3sPathWithEveryFlagSent() throws Exception {
        server.enqueue(json(V3_USER));

        User user = assertInstanceOf(User.class, iam.getUser("A-B-1CDEFG"));

        assertEquals("TFA", user.getAdditionalAuthentication());
        assertTrue(user.getAdditionalAuthenticationConfigured());
        assertEquals("Jane", user.getFirstName());
        assertSent("GET", BASE + "/ui-identities/A-B-1CDEFG?actions=false&authGrants=false&notifications=false");
    }

    @Test
    void aSafeUpdateSendsEveryV3FieldWithAValueAndNeverTfaEnabled() throws Exception {
        server.enqueue(json(V3_USER));
        server.enqueue(json(withMember(V3_USER, "additionalAuthentication", "MFA")));

        ProfileUpdateResult result = iam.updateProfile(
                "A-B-1CDEFG", change -> change.additionalAuthentication(AdditionalAuthentication.MFA));

        assertEquals(Outcome.UPDATED, result.outcome());
        assertEquals(List.of(new FieldDiff("additionalAuthentication", "TFA", "MFA")), result.changes());
        assertEquals(List.of(), result.serverDifferences());
        assertEquals("MFA", assertInstanceOf(User.class, result.after()).getAdditionalAuthentication());
        server.takeRequest();
        RecordedRequest put = assertSent("PUT", BASE + "/ui-identities/A-B-1CDEFG/basic-info");
        JsonObject body = JsonParser.parseString(put.getBody().readUtf8()).getAsJsonObject();
        assertEquals(V3_WIRE_KEYS, body.keySet());
        assertEquals("MFA", body.get("additionalAuthentication").getAsString());
        assertFalse(body.has("address"), "a text field the server left out is left out: v3's form of no value");
        assertEquals(result.requestBody(), body.toString());
    }

    @Test
    void aV2OnlyFieldIsRefusedBeforeAnythingIsSentNamingWhatToUseInstead() {
        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class,
                () -> iam.updateProfile(
                        "A-B-1CDEFG", change -> change.jobTitle("CTO").tfaEnabled(true)));

        Violation violation = refused.violations().get(0);
        assertEquals(1, refused.violations().size());
        assertEquals("tfaEnabled", violation.field());
        assertTrue(
                violation
                        .message()
                        .startsWith("is a field of IAM v2 only, and this client speaks IAM v3: use"
                                + " additionalAuthentication instead: TFA for two-factor authentication on"),
                violation.message());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aV3OnlyFieldIsRefusedByAV2ClientBeforeAnythingIsSent() {
        IamClient v2 = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V2)
                .build();

        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class,
                () -> v2.updateProfile("A-B-1CDEFG", c -> c.set("additionalAuthentication", "MFA")));

        assertEquals("additionalAuthentication", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains("IAM v3 only, and this client speaks IAM v2: use tfaEnabled"));
        assertTrue(refused.getMessage().contains("build the client with apiVersion(ApiVersion.V3)"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void additionalAuthenticationIsValidatedAndCannotBeCleared() throws Exception {
        server.enqueue(json(V3_USER));

        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.set("additionalAuthentication", "SMS")));
        assertEquals("one of TFA, MFA, NONE", refused.violations().get(0).rule());
        assertEquals(1, server.getRequestCount(), "only the GET");

        assertThrows(
                InvalidProfileException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.clear(ProfileField.ADDITIONAL_AUTHENTICATION)));
        assertThrows(
                InvalidProfileException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.additionalAuthentication(null)));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aHeldValueThisClientCannotSendBackBlocksTheUpdateAndIsNamed() throws Exception {
        server.enqueue(json(withMember(V3_USER, "additionalAuthentication", "PASSKEY")));

        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class, () -> iam.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO")));

        Violation violation = refused.violations().get(0);
        assertEquals("additionalAuthentication", violation.field());
        assertEquals("PASSKEY", violation.value());
        assertTrue(violation.message().contains("set one of TFA, MFA, NONE in this change"), violation.message());
        assertEquals(1, server.getRequestCount(), "only the GET");
    }

    @Test
    void aDryRunSendsOnlyTheGetAndShowsTheV3BodyItWouldSend() throws Exception {
        server.enqueue(json(V3_USER));

        ProfileUpdateResult result =
                iam.updateProfile("A-B-1CDEFG", UpdateOptions.defaults().withDryRun(true), c -> c.jobTitle("CTO"));

        assertEquals(Outcome.DRY_RUN, result.outcome());
        JsonObject body = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        Set<String> withJobTitle = new LinkedHashSet<>(ProfileField.names(ApiVersion.V3));
        withJobTitle.retainAll(V3_WIRE_KEYS);
        withJobTitle.add("jobTitle");
        assertEquals(new TreeSet<>(withJobTitle), new TreeSet<>(body.keySet()));
        assertEquals("TFA", body.get("additionalAuthentication").getAsString());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void whatTheServerStoredDifferentlyIsReported() throws Exception {
        server.enqueue(json(V3_USER));
        server.enqueue(json(withMember(withMember(V3_USER, "jobTitle", "CTO"), "additionalAuthentication", "NONE")));

        ProfileUpdateResult result = iam.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));

        assertEquals(List.of(new FieldDiff("additionalAuthentication", "TFA", "NONE")), result.serverDifferences());
    }

    @Test
    void aProfilePutIsRetriedWithTheSameBodyEachAttemptSignedAnew() throws Exception {
        IamClient retrying = iam.withOptions(b -> b.sleeper(new RecordingSleeper(new MutableClock(Instant.now()))));
        server.enqueue(json(V3_USER));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json(V3_USER));

        retrying.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));

        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals(first.getPath(), second.getPath());
        assertTrue(first.getPath().startsWith(BASE + "/ui-identities/A-B-1CDEFG/basic-info"));
        assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8());
        assertNotEquals(verifier.verify(first).nonce(), verifier.verify(second).nonce());
    }

    @Test
    void theAccountSwitchKeyGoesWithEveryV3Call() throws Exception {
        IamClient switched = iam.withAccountSwitchKey("1-5C0YLB");
        server.enqueue(json(V3_USER));
        server.enqueue(json(V3_USER));
        server.enqueue(json("[\"USA\"]"));

        switched.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));
        iam.lookups().countries(RequestOptions.forAccount("1-5C0YLB:1-8BYUX"));

        assertSent(
                "GET",
                BASE + "/ui-identities/A-B-1CDEFG?actions=false&authGrants=false&notifications=false"
                        + "&accountSwitchKey=1-5C0YLB");
        assertSent("PUT", BASE + "/ui-identities/A-B-1CDEFG/basic-info?accountSwitchKey=1-5C0YLB");
        assertSent("GET", BASE + "/common/countries?accountSwitchKey=1-5C0YLB%3A1-8BYUX");
    }

    @Test
    void theLookupsAreAskedOfV3AndReadAsTheSameModels() throws Exception {
        server.enqueue(json("[{\"name\":\"after30Minutes\",\"value\":1800}]"));
        server.enqueue(json("[{\"timezone\":\"GMT\",\"description\":\"GMT\",\"offset\":\"0\",\"posix\":\"GMT\"}]"));
        server.enqueue(json("[\"ON\"]"));

        assertEquals(1800, iam.lookups().timeoutPolicies().get(0).getValue());
        assertEquals("GMT", iam.lookups().timeZones().get(0).getTimezone());
        assertEquals(List.of("ON"), iam.lookups().states("Canada"));

        assertSent("GET", BASE + "/common/timeout-policies");
        assertSent("GET", BASE + "/common/timezones");
        assertSent("GET", BASE + "/common/countries/Canada/states");
    }

    @Test
    void theRawFullReplaceTakesAV3ProfileAndRefusesAV2One() throws Exception {
        server.enqueue(json(V3_USER));

        User updated = iam.replaceProfile("A-B-1CDEFG", completeV3Profile());

        assertEquals("TFA", updated.getAdditionalAuthentication());
        JsonObject sent = JsonParser.parseString(assertSent("PUT", BASE + "/ui-identities/A-B-1CDEFG/basic-info")
                        .getBody()
                        .readUtf8())
                .getAsJsonObject();
        assertEquals(V3_WIRE_KEYS, sent.keySet(), "every \"\" of the model is left out");

        InvalidProfileException v2Body = assertThrows(
                InvalidProfileException.class,
                () -> iam.replaceProfile("A-B-1CDEFG", IamClientOperationsTest.completeProfile()));
        assertEquals(
                List.of("additionalAuthentication", "tfaEnabled"),
                v2Body.violations().stream().map(Violation::field).toList());
        assertTrue(v2Body.violations().get(1).message().contains("is a field of IAM v2 only"));

        InvalidProfileException incomplete = assertThrows(
                InvalidProfileException.class,
                () -> iam.replaceProfile("A-B-1CDEFG", completeV3Profile().additionalAuthentication(null)));
        assertEquals("additionalAuthentication", incomplete.violations().get(0).field());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aV2ClientRefusesAV3Profile() {
        IamClient v2 = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V2)
                .build();

        InvalidProfileException refused =
                assertThrows(InvalidProfileException.class, () -> v2.replaceProfile("A-B-1CDEFG", completeV3Profile()));

        assertEquals(
                List.of("tfaEnabled", "additionalAuthentication"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theGeneratedV3InterfaceOnTheClientsStackIsGuardedByV3sFields() throws Exception {
        io.github.iamuser.generated.v3.api.UsersApi users = iam.usersApi();

        InvalidProfileException refused = assertThrows(
                InvalidProfileException.class,
                () -> users.updateUserProfile("A-B-1CDEFG", new UserProfileUpdate().jobTitle("CTO"), null)
                        .execute());

        assertEquals(16, refused.violations().size(), "every key but jobTitle is missing");
        assertEquals(0, server.getRequestCount());
        server.enqueue(json(V3_USER));
        assertEquals(
                200,
                users.updateUserProfile("A-B-1CDEFG", completeV3Profile(), null)
                        .execute()
                        .code());
        verifier.verify(server.takeRequest());
    }

    /** A complete v3 profile: the 16 shared fields set or "" and additionalAuthentication. */
    static UserProfileUpdate completeV3Profile() {
        return new UserProfileUpdate()
                .firstName("Jane")
                .lastName("Doe")
                .email("jane@example.com")
                .secondaryEmail("")
                .phone("(617) 555-0100")
                .mobilePhone("")
                .jobTitle("")
                .address("")
                .city("")
                .state("MA")
                .zipCode("")
                .country("USA")
                .contactType("")
                .preferredLanguage("English")
                .timeZone("GMT")
                .sessionTimeOut(1800)
                .additionalAuthentication(AdditionalAuthenticationEnum.TFA);
    }

    private static String withMember(String json, String member, String value) {
        JsonObject user = JsonParser.parseString(json).getAsJsonObject();
        user.addProperty(member, value);
        return user.toString();
    }

    private RecordedRequest assertSent(String method, String path) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals(method, request.getMethod());
        assertEquals(path, request.getPath());
        verifier.verify(request);
        return request;
    }
}
