package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The failures the sandbox plays once: their answers, their waits, and which requests they apply to. */
class FaultTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678901Z");

    @Test
    void invalidFaultsAreRefusedWithTheRule() {
        assertThrows(IllegalArgumentException.class, () -> Fault.rateLimited(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> Fault.delay(null));
        assertThrows(IllegalArgumentException.class, () -> Fault.nonJsonError(200, "ok"));
        assertFalse(Fault.dropConnection().onlyFor("GET", "/x").toString().isEmpty());
    }

    @Test
    void rateLimitedRoundsRetryAfterUpToWholeSecondsAndNextIsThatLongAfterTheAnswer() {
        SandboxResponse answer = Fault.rateLimited(Duration.ofMillis(1500)).response(NOW);
        assertEquals(429, answer.status());
        assertEquals("2", answer.headers().get("Retry-After"));
        assertEquals("2026-01-02T03:04:07.678Z", answer.headers().get("X-RateLimit-Next"), "ISO 8601 in ms");
        assertEquals(Integer.toString(Fault.RATE_LIMIT), answer.headers().get("X-RateLimit-Limit"));
        assertEquals("0", answer.headers().get("X-RateLimit-Remaining"));
        assertEquals(
                "0", Fault.rateLimited(Duration.ZERO).response(NOW).headers().get("Retry-After"));
        assertEquals(
                "1",
                Fault.rateLimited(Duration.ofNanos(1)).response(NOW).headers().get("Retry-After"));
    }

    @Test
    void onlyForMatchesTheMethodInAnyCaseAndThePathPrefix() {
        Fault fault = Fault.serverError(503).onlyFor("put", "/identity-management/v3/");
        assertTrue(fault.matches("PUT", "/identity-management/v3/user-admin/ui-identities/A/basic-info"));
        assertFalse(fault.matches("GET", "/identity-management/v3/user-admin/ui-identities/A"));
        assertFalse(fault.matches("PUT", "/identity-management/v2/user-admin/ui-identities/A/basic-info"));
        assertTrue(Fault.serverError(503).matches("DELETE", "/anything"), "no onlyFor: every request");
        assertTrue(Fault.serverError(503).onlyFor(null, "/a").matches("GET", "/a/b"));
    }

    @Test
    void eachFaultSaysWhetherItWaitsDropsOrAnswers() {
        Fault delay = Fault.delay(Duration.ofMillis(250));
        assertEquals(Duration.ofMillis(250), delay.waitBefore());
        assertNull(delay.response(NOW), "a delay then answers normally");
        assertFalse(delay.dropsConnection());
        assertTrue(Fault.dropConnection().dropsConnection());
        assertEquals(Duration.ZERO, Fault.serverError(500).waitBefore());
        assertEquals(404, Fault.userNotFound().response(NOW).status());
    }

    @Test
    void aNonJsonErrorIsHtmlWhenItStartsWithATagElsePlainText() {
        SandboxResponse html =
                Fault.nonJsonError(502, "<html>Bad Gateway</html>").response(NOW);
        assertEquals("text/html; charset=utf-8", html.contentType());
        assertEquals("<html>Bad Gateway</html>", new String(html.body(), StandardCharsets.UTF_8));
        assertEquals(
                "text/plain; charset=utf-8",
                Fault.nonJsonError(400, "Bad request").response(NOW).contentType());
        assertThrows(IllegalArgumentException.class, () -> Fault.serverError(499));
        assertThrows(IllegalArgumentException.class, () -> Fault.nonJsonError(600, "x"));
    }
}
