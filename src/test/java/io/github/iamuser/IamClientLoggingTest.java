package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.ServerException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.CapturingLogger;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** What the client logs end to end: request and response lines, redaction, masked bodies. */
class IamClientLoggingTest {
    private MockWebServer server;
    private String base;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        base = "http://127.0.0.1:" + server.getPort() + "/identity-management/v3/user-admin";
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private IamClient client(CapturingLogger log, boolean logBodies) {
        return TestClients.builder(server, ApiVersion.V3)
                .accountSwitchKey("1-ABC")
                .logBodies(logBodies)
                .wireLogger(log)
                .build();
    }

    @Test
    void debugLogsOneRequestAndOneResponseLineWithTheQueryAndNoBodies() {
        CapturingLogger log = new CapturingLogger(Level.DEBUG);
        server.enqueue(json("[\"USA\"]"));

        client(log, false).lookups().countries();

        List<String> lines = log.lines();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("DEBUG --> GET " + base + "/common/countries?accountSwitchKey=1-ABC", lines.get(0));
        assertTrue(
                lines.get(1)
                        .matches("DEBUG <-- 200 GET \\Q" + base
                                + "/common/countries?accountSwitchKey=1-ABC\\E \\(\\d+ ms\\)"),
                lines.get(1));
    }

    @Test
    void traceLogsHeadersWithTheAuthorizationRedacted() {
        CapturingLogger log = new CapturingLogger(Level.TRACE);
        server.enqueue(json("[]"));

        client(log, false).lookups().countries();

        String text = log.text();
        assertTrue(text.contains("--> Authorization: <redacted>"), text);
        assertTrue(text.contains("--> User-Agent: akamai-iam-user/"), text);
        assertFalse(
                text.contains("EG1-HMAC-SHA256")
                        || text.contains(Loopback.ACCESS_TOKEN)
                        || text.contains(Loopback.CLIENT_TOKEN)
                        || text.contains(Loopback.CLIENT_SECRET),
                text);
    }

    @Test
    void bodiesAreLoggedOnlyWhenAskedAndWithPersonalDataMasked() {
        CapturingLogger log = new CapturingLogger(Level.DEBUG);
        server.enqueue(json(USER_JSON));

        client(log, true)
                .replaceProfile(
                        "A-B-1CDEFG",
                        Profiles.completeV3Update().jobTitle("R&D lead").address("1 Main St"));

        String text = log.text();
        assertTrue(
                text.contains("--> body {\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"***\","
                        + "\"phone\":\"***\",\"jobTitle\":\"R&D lead\",\"address\":\"***\","),
                text);
        assertTrue(text.contains("<-- body {\"uiIdentityId\":\"A-B-1CDEFG\""), text);
        for (String personal : new String[] {"jane@example.com", "6175550100", "(617) 555-0100", "1 Main St"}) {
            assertFalse(text.contains(personal), personal + " leaked into " + text);
        }
    }

    @Test
    void aNonJsonBodyIsNotLoggedOnlyItsSize() {
        CapturingLogger log = new CapturingLogger(Level.DEBUG);
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>jane@example.com</html>"));

        IamClient iam = client(log, true).withOptions(b -> b.retryPolicy(RetryPolicy.none()));

        assertThrows(ServerException.class, iam.lookups()::countries);

        assertTrue(log.text().contains("<-- body (29 bytes, not JSON: not logged)"), log.text());
        assertFalse(log.text().contains("jane@example.com"), log.text());
    }

    @Test
    void nothingIsLoggedAboveDebug() {
        CapturingLogger log = new CapturingLogger(Level.INFO);
        server.enqueue(json("[]"));

        client(log, true).lookups().countries();

        assertEquals(List.of(), log.lines());
    }

    @Test
    void retriesAreLoggedAtInfoThroughSlf4j() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json("[]"));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TestClients.builder(server, ApiVersion.V3)
                    .sleeper(d -> {})
                    .jitterSource(() -> 0.0)
                    .build()
                    .lookups()
                    .countries();
        } finally {
            System.setErr(original);
        }

        String err = captured.toString(StandardCharsets.UTF_8);
        assertTrue(
                err.contains("INFO io.github.iamuser.RetryInterceptor - Retrying GET"
                        + " /identity-management/v3/user-admin/common/countries in 500 ms after HTTP 503 (attempt 2"
                        + " of 3)"),
                err);
    }
}
