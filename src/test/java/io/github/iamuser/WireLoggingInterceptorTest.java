package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.testkit.CapturingLogger;
import io.github.iamuser.testkit.Loopback;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

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
}
