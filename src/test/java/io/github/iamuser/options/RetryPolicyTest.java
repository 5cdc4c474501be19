package io.github.iamuser.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void defaultsAreDocumented() {
        RetryPolicy p = RetryPolicy.defaults();

        assertEquals(3, p.maxAttempts());
        assertEquals(Duration.ofMillis(500), p.initialBackoff());
        assertEquals(Duration.ofSeconds(8), p.maxBackoff());
        assertEquals(1.0, p.jitter());
        assertEquals(Duration.ofSeconds(60), p.timeBudget());
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @Test
    void backoffDoublesFromTheInitialValueUpToTheCap() {
        RetryPolicy p = RetryPolicy.builder().jitter(0).build();

        assertEquals(Duration.ofMillis(500), p.backoff(1, 0.9));
        assertEquals(Duration.ofMillis(1000), p.backoff(2, 0.9));
        assertEquals(Duration.ofMillis(4000), p.backoff(4, 0.9));
        assertEquals(Duration.ofSeconds(8), p.backoff(5, 0.9));
        assertEquals(Duration.ofSeconds(8), p.backoff(1000, 0.9), "no overflow for late retries");
    }

    @Test
    void fullJitterSpreadsTheWaitBetweenZeroAndTheCap() {
        RetryPolicy p = RetryPolicy.defaults();

        assertEquals(Duration.ofMillis(2000), p.backoff(3, 0.0));
        assertEquals(Duration.ofMillis(1000), p.backoff(3, 0.5));
        assertEquals(Duration.ofMillis(20), p.backoff(3, 0.99));
    }

    @Test
    void partialJitterKeepsAFloor() {
        RetryPolicy p = RetryPolicy.builder().jitter(0.25).build();

        assertEquals(Duration.ofMillis(1500), p.backoff(3, 1.0));
    }

    @Test
    void toBuilderRoundTrips() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(7).jitter(0.1).build();

        assertEquals(p, p.toBuilder().build());
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertMessage(
                "retryPolicy.maxAttempts must be at least 1",
                () -> RetryPolicy.builder().maxAttempts(0).build());
        assertMessage(
                "retryPolicy.initialBackoff must be a positive duration",
                () -> RetryPolicy.builder().initialBackoff(Duration.ZERO).build());
        assertMessage(
                "retryPolicy.maxBackoff (PT0.1S) must not be shorter than initialBackoff",
                () -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(100)).build());
        assertMessage(
                "retryPolicy.jitter must be between 0.0",
                () -> RetryPolicy.builder().jitter(1.5).build());
        assertMessage(
                "retryPolicy.jitter must be between 0.0",
                () -> RetryPolicy.builder().jitter(Double.NaN).build());
        assertMessage(
                "retryPolicy.timeBudget must be a positive duration",
                () -> RetryPolicy.builder().timeBudget(null).build());
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
