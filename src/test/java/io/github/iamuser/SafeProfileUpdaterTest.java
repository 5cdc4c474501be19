package io.github.iamuser;

import static io.github.iamuser.IamClientOperationsTest.V3_USER;
import static io.github.iamuser.IamClientOperationsTest.V3_WIRE_KEYS;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.AdditionalAuthentication;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safe update's read-modify-write on the wire of an IAM v3 client: the complete body it sends (every v3
 * field with a value, never tfaEnabled), what it refuses before sending (a field of the other version, a value
 * it cannot send back, a required field the server returned empty, an answer about another user), a dry run
 * and what the server stored differently. Against a loopback server, every
 * request signed and verified; {@code profile.SafeProfileUpdateTest} runs the same against the sandbox.
 */
class SafeProfileUpdaterTest {
    private static final String BASE = "/identity-management/v3/user-admin";

    private MockWebServer server;
    private IamClient iam;
    private EdgeGridSignatureVerifier verifier;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.against(server, ApiVersion.V3);
        verifier = new EdgeGridSignatureVerifier(Loopback.credential(server));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void aSafeUpdateSendsEveryV3FieldWithAValueAndNeverTfaEnabled() throws Exception {
        server.enqueue(json(V3_USER));
        server.enqueue(json(withMember(V3_USER, "additionalAuthentication", "MFA")));

        UpdateResult<IamUser> result = iam.updateProfile(
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
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
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
        IamClient v2 = TestClients.against(server, ApiVersion.V2);

        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> v2.updateProfile("A-B-1CDEFG", c -> c.set("additionalAuthentication", "MFA")));

        assertEquals("additionalAuthentication", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains("IAM v3 only, and this client speaks IAM v2: use tfaEnabled"));
        assertTrue(refused.getMessage().contains("build the client with apiVersion(ApiVersion.V3)"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void additionalAuthenticationIsValidatedAndCannotBeCleared() throws Exception {
        server.enqueue(json(V3_USER));

        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.set("additionalAuthentication", "SMS")));
        assertEquals("one of TFA, MFA, NONE", refused.violations().get(0).rule());
        assertEquals(1, server.getRequestCount(), "only the GET");

        assertThrows(
                RefusedChangeException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.clear(ProfileField.ADDITIONAL_AUTHENTICATION)));
        assertThrows(
                RefusedChangeException.class,
                () -> iam.updateProfile("A-B-1CDEFG", c -> c.additionalAuthentication(null)));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aHeldValueThisClientCannotSendBackBlocksTheUpdateAndIsNamed() throws Exception {
        server.enqueue(json(withMember(V3_USER, "additionalAuthentication", "PASSKEY")));

        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class, () -> iam.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO")));

        Violation violation = refused.violations().get(0);
        assertEquals("additionalAuthentication", violation.field());
        assertEquals("PASSKEY", violation.value());
        assertTrue(violation.message().contains("set one of TFA, MFA, NONE in this change"), violation.message());
        assertEquals(1, server.getRequestCount(), "only the GET");
    }

    @Test
    void aDryRunSendsOnlyTheGetAndShowsTheV3BodyItWouldSend() throws Exception {
        server.enqueue(json(V3_USER));

        UpdateResult<IamUser> result =
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

        UpdateResult<IamUser> result = iam.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));

        assertEquals(List.of(new FieldDiff("additionalAuthentication", "TFA", "NONE")), result.serverDifferences());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptiedRequiredFields")
    void aRequiredFieldTheServerReturnedEmptyIsNamedAndNotSentBack(String field, String user) {
        server.enqueue(json(user));

        RefusedChangeException e = assertThrows(
                RefusedChangeException.class, () -> iam.updateProfile("A-B-1CDEFG", change -> change.city("Boston")));

        assertEquals(
                List.of(field), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.violations().get(0).message().startsWith("the server returned it empty"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "only the GET was sent");
    }

    static Stream<Arguments> emptiedRequiredFields() {
        return Stream.of(
                Arguments.of("firstName", Loopback.USER_JSON.replace("\"firstName\":\"Jane\"", "\"firstName\":\"\"")),
                Arguments.of("lastName", Loopback.USER_JSON.replace("\"lastName\":\"Doe\",", "")),
                Arguments.of("timeZone", Loopback.USER_JSON.replace("\"timeZone\":\"GMT\"", "\"timeZone\":null")));
    }

    @Test
    void anAnswerAboutAnotherUserIsNotWrittenOverTheUserAsked() {
        server.enqueue(
                json(Loopback.USER_JSON.replace("\"uiIdentityId\":\"A-B-1CDEFG\"", "\"uiIdentityId\":\"Z-Y-9XWVUT\"")));

        RefusedChangeException e = assertThrows(
                RefusedChangeException.class, () -> iam.updateProfile("A-B-1CDEFG", change -> change.city("Boston")));

        assertEquals(
                "uiIdentityId: the server answered the GET of A-B-1CDEFG with user Z-Y-9XWVUT, whose profile must not"
                        + " be written over A-B-1CDEFG; nothing was sent: check the uiIdentityId, and any proxy or cache"
                        + " between you and the API",
                e.violations().get(0).toString());
        assertEquals(1, server.getRequestCount(), "only the GET was sent");
    }

    @Test
    void theUserAskedInOtherCaseIsTheSameUser() {
        server.enqueue(json(Loopback.USER_JSON));
        server.enqueue(json(Loopback.USER_JSON));

        iam.updateProfile("a-b-1cdefg", change -> change.city("Boston"));

        assertEquals(2, server.getRequestCount(), "the GET and the PUT");
    }

    static String withMember(String json, String member, String value) {
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
