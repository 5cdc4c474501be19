package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitSignalsTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void a429IsARateLimitWhateverItsBody() {
        assertTrue(RateLimitSignals.isRateLimited(429, ""));
        assertTrue(RateLimitSignals.isRateLimited(429, null));
    }

    @Test
    void a400IsARateLimitOnlyWhenItMentionsIpblockBurst() {
        assertTrue(RateLimitSignals.isRateLimited(400, "{\"detail\":\"blocked (IPBLOCK-BURST)\"}"));
        assertTrue(RateLimitSignals.isRateLimited(400, "{\"errors\":[{\"detail\":\"ipblock-burst\"}]}"));
        assertTrue(RateLimitSignals.isRateLimited(400, "Denied: IPBLOCK-BURST"));
        assertFalse(RateLimitSignals.isRateLimited(400, "{\"title\":\"Validation Exception\"}"));
        assertFalse(RateLimitSignals.isRateLimited(403, "{\"detail\":\"IPBLOCK-BURST\"}"));
    }

    @Test
    void retryAfterSecondsIsTheWait() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), wait("Retry-After", " 30 "));
        assertEquals(Optional.of(Duration.ZERO), wait("Retry-After", "0"));
        assertEquals(Optional.empty(), wait("Retry-After", "-5"));
        assertEquals(Optional.empty(), wait("Retry-After", "soon"));
    }

    @Test
    void datesAreMeasuredAgainstTheDateHeaderWhenThereIsOne() {
        Headers headers =
                Headers.of("Date", "Sat, 01 Mar 2025 11:00:00 GMT", "Retry-After", "Sat, 01 Mar 2025 11:00:20 GMT");

        assertEquals(Optional.of(Duration.ofSeconds(20)), RateLimitSignals.requestedWait(headers, NOW));
    }

    @Test
    void datesAreMeasuredAgainstNowWithoutADateHeader() {
        assertEquals(Optional.of(Duration.ofSeconds(9)), wait("X-RateLimit-Next", "Sat, 01 Mar 2025 12:00:09 GMT"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), wait("Akamai-RateLimit-Next", "2025-03-01T12:00:01.500Z"));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertEquals(Optional.of(Duration.ZERO), wait("X-RateLimit-Next", "Sat, 01 Mar 2025 11:59:00 GMT"));
    }

    @Test
    void theLongestWaitAskedForWins() {
        Headers headers = Headers.of(
                "Retry-After",
                "4",
                "X-RateLimit-Next",
                "Sat, 01 Mar 2025 12:00:10 GMT",
                "Akamai-RateLimit-Next",
                "2025-03-01T12:00:06Z");

        assertEquals(Optional.of(Duration.ofSeconds(10)), RateLimitSignals.requestedWait(headers, NOW));
    }

    @Test
    void noReadableHeaderMeansNoWait() {
        assertEquals(Optional.empty(), RateLimitSignals.requestedWait(Headers.of(), NOW));
        assertEquals(Optional.empty(), wait("X-RateLimit-Next", "tomorrow"));
    }

    private static Optional<Duration> wait(String name, String value) {
        return RateLimitSignals.requestedWait(Headers.of(name, value), NOW);
    }
}
