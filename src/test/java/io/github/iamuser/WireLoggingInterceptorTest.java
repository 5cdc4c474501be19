package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.CapturingLogger;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.event.Level;

/**
 * The wire log: what a DEBUG line shows of a call, secret headers redacted, personal data masked; and a server
 * that echoes the Authorization header it received (a debugging proxy, a careless error page): the signature
 * and tokens appear in no exception message, body, toString nor DEBUG line, bodies logged.
 */
class WireLoggingInterceptorTest {
    @Test
    void aFailureIsLoggedWithItsKindAndMessage() {
        CapturingLogger log = new CapturingLogger(Level.DEBUG);
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new WireLoggingInterceptor(log, false))
                .build();
        String nowhere = "http://127.0.0.1:" + Loopback.closedPort() + "/x?accountSwitchKey=1-ABC";

        assertThrows(
                ConnectException.class,
                () -> client.newCall(new Request.Builder().url(nowhere).build()).execute());

        assertEquals("DEBUG --> GET " + nowhere, log.lines().get(0));
        assertTrue(
                log.lines()
                        .get(1)
                        .matches("DEBUG <-- failed GET \\Q" + nowhere + "\\E \\(\\d+ ms\\): ConnectException: .+"),
                log.lines().get(1));
    }

    @Test
    void secretHeadersAreRedactedWhateverTheirCase() {
        Headers headers = Headers.of(
                "authorization",
                "EG1-HMAC-SHA256 client_token=akab-1;signature=abc",
                "Proxy-Authorization",
                "Basic dXNlcjpwYXNz",
                "Cookie",
                "a=b",
                "SET-COOKIE",
                "c=d",
                "Accept",
                "application/json");

        assertEquals(
                "--> authorization: <redacted>\n--> Proxy-Authorization: <redacted>\n"
                        + "--> Cookie: <redacted>\n--> SET-COOKIE: <redacted>\n--> Accept: application/json",
                WireLoggingInterceptor.headerLines("-->", headers));
    }

    @Test
    void personalDataIsMaskedAtAnyDepthAndEmptyValuesStayVisible() {
        String body = "[{\"email\":\"a@b.co\",\"secondaryEmail\":\"\",\"phone\":null,"
                + "\"nested\":{\"mobilePhone\":\"+49 30 1234567\",\"address\":{\"street\":\"1 Main\"}},"
                + "\"firstName\":\"Ann\"}]";

        assertEquals(
                "--> body [{\"email\":\"***\",\"secondaryEmail\":\"\",\"phone\":null,"
                        + "\"nested\":{\"mobilePhone\":\"***\",\"address\":\"***\"},\"firstName\":\"Ann\"}]",
                WireLoggingInterceptor.bodyLine("-->", bytes(body)));
    }

    @Test
    void nonJsonBodiesAreNeverShown() {
        assertEquals(
                "<-- body (26 bytes, not JSON: not logged)",
                WireLoggingInterceptor.bodyLine("<--", bytes("<html>a@b.co</html>\n\n\n\n\n\n\n")));
        assertEquals(
                "<-- body (9 bytes, not JSON: not logged)", WireLoggingInterceptor.bodyLine("<--", bytes("Forbidden")));
        assertEquals("<-- body (0 bytes, not JSON: not logged)", WireLoggingInterceptor.bodyLine("<--", new byte[0]));
    }

    @Test
    void longBodiesAreCut() {
        String body = "{\"jobTitle\":\"" + "x".repeat(5000) + "\"}";

        String line = WireLoggingInterceptor.bodyLine("-->", bytes(body));

        assertEquals(
                "--> body ".length() + WireLoggingInterceptor.MAX_BODY_CHARS + "... [truncated]".length(),
                line.length());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private MockWebServer server;
    private final List<String> sentAuthorizations = new ArrayList<>();

    @BeforeEach
    void start() {
        server = Loopback.startServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    static Stream<Arguments> echoes() {
        UnaryOperator<String> problem = auth ->
                "{\"title\":\"Unauthorized\",\"detail\":\"The signature does not match: Authorization: " + auth + "\"}";
        return Stream.of(
                Arguments.of("a problem document", 401, problem),
                Arguments.of("a problem document with = escaped", 401, (UnaryOperator<String>)
                        auth -> problem.apply(auth).replace("=", "\\u003d")),
                Arguments.of("plain text", 401, (UnaryOperator<String>) auth -> "Unauthorized. You sent " + auth),
                Arguments.of("an HTML page with status 200", 200, (UnaryOperator<String>)
                        auth -> "<html><body><p>authorization=" + auth + "</p></body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void theEchoedAuthorizationIsNeitherThrownNorLogged(String name, int status, UnaryOperator<String> body) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String authorization = request.getHeader("Authorization");
                sentAuthorizations.add(authorization);
                return new MockResponse()
                        .setResponseCode(status)
                        .setHeader("Content-Type", status == 401 ? "application/problem+json" : "text/html")
                        .setBody(body.apply(authorization));
            }
        });
        CapturingLogger log = new CapturingLogger(Level.TRACE);
        IamClient iam = TestClients.builder(server, ApiVersion.V3)
                .retryPolicy(RetryPolicy.none())
                .logBodies(true)
                .wireLogger(log)
                .build();

        IamException e = assertThrows(IamException.class, () -> iam.getUser("A-B-1CDEFG"));

        String signature = sentAuthorizations.get(0).replaceAll(".*signature=", "");
        String shown = String.join(
                "\n", e.getMessage(), e.body(), e.toString(), e.call().outcome(), log.text());
        for (String secret : List.of(signature, Loopback.CLIENT_TOKEN, Loopback.ACCESS_TOKEN)) {
            assertFalse(shown.contains(secret), secret + " shown in " + shown);
        }
        assertTrue(e.body().contains("<redacted>"), e.body());
    }
}
