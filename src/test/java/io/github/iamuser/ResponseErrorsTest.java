package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.AuthenticationException;
import io.github.iamuser.errors.ConflictException;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.errors.FailedCall;
import io.github.iamuser.errors.ForbiddenException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.errors.RateLimitException;
import io.github.iamuser.errors.ServerException;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each failure becomes the exception that names it, with a message saying what to do. */
class ResponseErrorsTest {
    private static final String USER_PATH = "/identity-management/v3/user-admin/ui-identities/A-B-1CDEFG";
    /** The path and query of a plain GET of the user: the three flags are always sent. */
    private static final String USER_GET = USER_PATH + "?actions=false&authGrants=false&notifications=false";

    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.builder(server, ApiVersion.V3)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void status400IsAValidationExceptionListingTheFieldErrors() {
        server.enqueue(
                json(
                        400,
                        "{\"type\":\"/useradmin-api/error-types/1301\",\"title\":\"Validation Exception\","
                                + "\"detail\":\"Invalid profile\",\"statusCode\":400,\"httpStatus\":400,"
                                + "\"errors\":[{\"field\":\"firstName\",\"detail\":\"must be 1 to 50 characters\"},\"phone is not 10 digits\"]}"));

        ValidationException e = assertThrows(
                ValidationException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));

        assertEquals(
                "PUT " + USER_PATH + "/basic-info failed with HTTP 400 Validation Exception: Invalid"
                        + " profile. Problems: firstName: must be 1 to 50 characters; phone is not 10 digits. Correct"
                        + " the values the server names and send the request again; repeating it unchanged fails the"
                        + " same way.",
                e.getMessage());
        assertEquals(400, e.status());
        assertEquals(Optional.of(400), e.problem().flatMap(p -> p.status()));
    }

    @Test
    void status401IsAnAuthenticationExceptionPointingAtTheCredentialAndClock() {
        server.enqueue(
                json(
                        401,
                        "{\"type\":\"https://problems.luna.akamaiapis.net/-/pep-authn/request-error\","
                                + "\"title\":\"Bad request\",\"status\":401,\"detail\":\"The signature does not match\","
                                + "\"instance\":\"https://akab.luna.akamaiapis.net/x\",\"method\":\"GET\",\"serverIp\":\"104.81.220.242\","
                                + "\"clientIp\":\"89.67.110.254\",\"requestId\":\"a73affa\",\"requestTime\":\"2025-01-01T00:00:00Z\"}"));

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> iam.getUser("A-B-1CDEFG"));

        assertTrue(
                e.getMessage()
                        .startsWith("GET " + USER_GET + " failed with HTTP 401 Bad request: The"
                                + " signature does not match (request id a73affa). Check the credential"),
                e.getMessage());
        assertTrue(e.getMessage().contains("clock"), e.getMessage());
        assertNoSecrets(e);
    }

    @Test
    void status403IsAForbiddenExceptionPointingAtGrantsAndTheAccountKey() {
        server.enqueue(json(403, "{\"title\":\"Forbidden\",\"status\":403}"));

        ForbiddenException e = assertThrows(ForbiddenException.class, () -> iam.getUser("A-B-1CDEFG"));

        assertTrue(
                e.getMessage().contains("failed with HTTP 403 Forbidden. Check the API client's grants"),
                e.getMessage());
        assertTrue(e.getMessage().contains("account switch key"), e.getMessage());
    }

    @Test
    void status404IsANotFoundExceptionPointingAtTheIdAndTheAccountKey() {
        server.enqueue(json(
                404,
                "{\"type\":\"/useradmin-api/error-types/1100\",\"title\":\"User not found\","
                        + "\"httpStatus\":404,\"detail\":\"\",\"instance\":\"\"}"));

        NotFoundException e = assertThrows(NotFoundException.class, () -> iam.getUser("A-B-1CDEFG"));

        assertEquals(
                "GET " + USER_GET + " failed with HTTP 404 User not found. Check the id"
                        + " (uiIdentityId) and that the account switch key selects the account the user belongs to.",
                e.getMessage());
        assertEquals(
                "/useradmin-api/error-types/1100", e.problem().orElseThrow().type());
    }

    @Test
    void status404OfALookupPointsAtThePathValues() {
        server.enqueue(json(404, "{\"title\":\"Country not found\",\"status\":404}"));

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> iam.lookups().states("Atlantis"));

        assertEquals(
                "GET /identity-management/v3/user-admin/common/countries/Atlantis/states failed with"
                        + " HTTP 404 Country not found. Check the values in the path (such as the country, spelled as"
                        + " the countries lookup gives it) and the account switch key.",
                e.getMessage());
    }

    @Test
    void status409IsAConflictException() {
        server.enqueue(json(409, "{\"title\":\"Conflict\",\"status\":409}"));

        ConflictException e = assertThrows(
                ConflictException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));

        assertTrue(e.getMessage().contains("Read the user again"), e.getMessage());
    }

    @Test
    void status429WithAPlainTextBodyIsARateLimitExceptionWithTheWait() {
        server.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Retry-After", "7")
                .setHeader("Content-Type", "text/plain")
                .setBody("Too many requests"));

        RateLimitException e =
                assertThrows(RateLimitException.class, () -> iam.lookups().countries());

        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals(
                "GET /identity-management/v3/user-admin/common/countries failed with HTTP 429: Too"
                        + " many requests. The server is limiting the rate of requests: wait 7 seconds before trying"
                        + " again.",
                e.getMessage());
        assertEquals("Too many requests", e.body());
        assertEquals(Optional.empty(), e.problem());
    }

    @Test
    void status429WithoutAWaitSaysToWaitAMinute() {
        server.enqueue(new MockResponse().setResponseCode(429));

        RateLimitException e =
                assertThrows(RateLimitException.class, () -> iam.lookups().countries());

        assertEquals(Optional.empty(), e.retryAfter());
        assertTrue(
                e.getMessage()
                        .contains("HTTP 429 with an empty body. The server is limiting the rate"
                                + " of requests: wait a minute"),
                e.getMessage());
    }

    @Test
    void aBurstBlock400IsARateLimitExceptionNotAValidationException() {
        server.enqueue(
                json(400, "{\"title\":\"Bad Request\",\"detail\":\"Request blocked: IPBLOCK-BURST\",\"status\":400}"));

        RateLimitException e = assertThrows(RateLimitException.class, () -> iam.getUser("A-B-1CDEFG"));

        assertEquals(400, e.status());
    }

    @Test
    void status5xxWithAnHtmlBodyIsAServerExceptionSummarisingTheText() {
        String html = "<html><head><title>502 Bad Gateway</title><style>p{}</style></head>"
                + "<body><h1>Bad   Gateway</h1></body></html>";
        server.enqueue(new MockResponse()
                .setResponseCode(502)
                .setHeader("Content-Type", "text/html")
                .setBody(html));

        ServerException e =
                assertThrows(ServerException.class, () -> iam.lookups().timeZones());

        assertTrue(
                e.getMessage()
                        .startsWith("GET /identity-management/v3/user-admin/common/timezones"
                                + " failed with HTTP 502: 502 Bad Gateway Bad Gateway. Try again later"),
                e.getMessage());
        assertEquals(html, e.body());
        assertEquals(Optional.of("text/html"), e.call().header("Content-Type"));
        assertEquals(Optional.empty(), e.problem());
    }

    @Test
    void anUnmappedStatusIsAPlainIamException() {
        server.enqueue(json(415, "{\"title\":\"Unsupported Media Type\",\"status\":415}"));

        IamException e = assertThrows(IamException.class, () -> iam.lookups().countries());

        assertSame(IamException.class, e.getClass());
        assertTrue(e.getMessage().contains("HTTP 415 Unsupported Media Type. Check the request"), e.getMessage());
    }

    @Test
    void aLongBodyIsKeptTruncated() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(20_000)));

        ServerException e =
                assertThrows(ServerException.class, () -> iam.lookups().countries());

        assertEquals("x".repeat(FailedCall.MAX_BODY_CHARS) + "... [truncated: 20000 characters in all]", e.body());
        assertTrue(e.getMessage().length() < 600, "the message stays short");
    }

    @Test
    void aSuccessWhoseBodyIsNotTheExpectedJsonIsAnIamException() {
        server.enqueue(new MockResponse().setBody("<html>Login</html>"));
        server.enqueue(json("null"));
        server.enqueue(json("{\"firstName\":\"Jane\"}"));

        IamException html = assertThrows(IamException.class, () -> iam.getUser("A-B-1CDEFG"));
        IamException none = assertThrows(IamException.class, () -> iam.getUser("A-B-1CDEFG"));
        IamException wrongShape =
                assertThrows(IamException.class, () -> iam.lookups().countries());

        assertTrue(
                html.getMessage()
                        .contains("failed with HTTP 200: Login. The response is not the JSON"
                                + " this operation returns"),
                html.getMessage());
        assertEquals("<html>Login</html>", html.body());
        assertEquals(200, none.status());
        assertEquals(200, wrongShape.status());
    }

    /** A v3 user as the server answers it, holding personal data (email, phone). */
    private static final String V3_USER = IamClientOperationsTest.V3_USER;

    private static List<MockResponse> unreadableAnswersToAPut() {
        return List.of(
                json(""),
                json(V3_USER.substring(0, V3_USER.indexOf("\"country\""))), // cut after the email and phone
                json(V3_USER).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    @Test
    void aPutAnsweredTwoHundredWithAnEmptyOrTruncatedBodyMayHaveBeenAppliedAndTheMessageSaysSoWithoutPersonalData() {
        IamClient v3 = iam.withOptions(b -> b.apiVersion(ApiVersion.V3));
        for (MockResponse answer : unreadableAnswersToAPut()) {
            server.enqueue(json(V3_USER));
            server.enqueue(answer);

            IamException e =
                    assertThrows(IamException.class, () -> v3.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO")));

            String shown = e.getMessage() + "\n" + e.body() + "\n" + e;
            assertTrue(
                    e.getMessage()
                            .startsWith("PUT /identity-management/v3/user-admin/ui-identities/A-B-1CDEFG/basic-info"
                                    + " was answered HTTP 200, but the answer could not be read ("),
                    shown);
            assertTrue(
                    e.getMessage()
                            .contains("the update may have been applied. Run the same update again: it reads the"
                                    + " user and tells (nothing is sent when the profile already holds the values)."),
                    shown);
            assertEquals(200, e.status(), shown);
            for (String personal : new String[] {"jane@example.com", "555-0100", "Jane", "Doe"}) {
                assertFalse(shown.contains(personal), () -> personal + " in " + shown);
            }
        }
        assertEquals(6, server.getRequestCount(), "a GET and a PUT each; the PUT is not retried");
    }

    @Test
    void aGetWhoseBodyIsCutShortIsStillAConnectionException() {
        server.enqueue(json(Loopback.USER_JSON).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        ConnectionException e = assertThrows(ConnectionException.class, () -> iam.getUser("A-B-1CDEFG"));
        assertTrue(e.getMessage().contains("got no answer"), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsAConnectionExceptionWithoutStatus() {
        IamClient nowhere = IamClient.builder()
                .credential(Loopback.credentialFor("127.0.0.1:" + Loopback.closedPort()))
                .retryPolicy(RetryPolicy.none())
                .build();

        ConnectionException e =
                assertThrows(ConnectionException.class, () -> nowhere.lookups().countries());

        assertEquals(0, e.status());
        assertEquals("", e.body());
        assertTrue(e.getCause() instanceof ConnectException, String.valueOf(e.getCause()));
        assertTrue(
                e.getMessage().startsWith("GET /identity-management/v3/user-admin/common/countries to" + " 127.0.0.1:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("check the credential's host, the network and any proxy"), e.getMessage());
    }

    @Test
    void noConnectionWithinTheConnectTimeoutIsAConnectionExceptionNamingIt() throws IOException {
        try (Loopback.FullListener full = Loopback.fullListener()) {
            IamClient impatient = IamClient.builder()
                    .credential(Loopback.credentialFor(full.host()))
                    .connectTimeout(Duration.ofMillis(200))
                    .retryPolicy(RetryPolicy.none())
                    .build();

            ConnectionException e = assertThrows(ConnectionException.class, () -> impatient.getUser("A-B-1CDEFG"));

            assertTrue(e.getCause() instanceof SocketTimeoutException, String.valueOf(e.getCause()));
            assertTrue(e.getMessage().contains("No connection within connectTimeout (200 ms)"), e.getMessage());
        }
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsAConnectionExceptionNamingIt() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        IamClient impatient = iam.withOptions(b -> b.readTimeout(Duration.ofMillis(200)));

        ConnectionException e = assertThrows(ConnectionException.class, () -> impatient.getUser("A-B-1CDEFG"));

        assertTrue(e.getCause() instanceof SocketTimeoutException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains("did not answer within readTimeout (200 ms)"), e.getMessage());
    }

    @Test
    void aBodyThatStallsPastTheReadTimeoutIsAConnectionException() {
        server.enqueue(json("[\"USA\"]").setBodyDelay(1, TimeUnit.SECONDS));
        IamClient impatient = iam.withOptions(b -> b.readTimeout(Duration.ofMillis(200)));

        ConnectionException e = assertThrows(ConnectionException.class, impatient.lookups()::countries);

        assertTrue(e.getMessage().contains("readTimeout (200 ms)"), e.getMessage());
    }

    @Test
    void theCallTimeoutEndsTheWholeCall() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        IamClient impatient =
                iam.withOptions(b -> b.readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofMillis(300)));

        ConnectionException e = assertThrows(ConnectionException.class, impatient.lookups()::countries);

        assertTrue(
                e.getMessage().contains("did not finish within callTimeout (300 ms), retries included"),
                e.getMessage());
    }

    @Test
    void noMessageEverCarriesTheSignatureOrSecrets() {
        server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));
        server.enqueue(json(500, "{\"title\":\"Internal\",\"status\":500}"));

        assertNoSecrets(catchIam(() -> iam.getUser("A-B-1CDEFG")));
        assertNoSecrets(catchIam(() -> iam.lookups().countries()));
    }

    private static IamException catchIam(Executable call) {
        return assertThrows(IamException.class, call);
    }

    private static void assertNoSecrets(IamException e) {
        String everything = e.getMessage() + e.headers() + e.body() + e.call();
        for (String secret : new String[] {
            Loopback.CLIENT_SECRET, Loopback.ACCESS_TOKEN, Loopback.CLIENT_TOKEN, "EG1-HMAC-SHA256", "signature="
        }) {
            assertFalse(everything.contains(secret), secret + " leaked into " + everything);
        }
    }
}
