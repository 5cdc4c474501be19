package io.github.iamuser.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A token bucket in front of the sandbox, as Akamai limits API clients: {@code perSecond} tokens are
 * added each second up to {@code burst}; each request takes one, and a request that finds none is a
 * 429. Every answer carries {@code X-RateLimit-Limit} (the bucket's size) and
 * {@code X-RateLimit-Remaining} (the tokens left), and a 429 also {@code X-RateLimit-Next}: the ISO
 * 8601 instant, in milliseconds, when the next token arrives.
 */
final class RateLimiter {
    private final double perSecond;
    private final int burst;
    private double tokens;
    private long lastNanos;

    RateLimiter(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = System.nanoTime();
    }

    /** Takes a token for one request: the headers to add to its answer, or the 429 that replaces it. */
    synchronized Decision take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * perSecond);
        lastNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(null, headers((int) Math.floor(tokens)));
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        Instant next = Instant.now()
                .plusNanos(waitNanos)
                .truncatedTo(ChronoUnit.MILLIS)
                .plusMillis(1);
        String detail = "The rate limit of " + perSecond + " requests a second (bursts of " + burst
                + ") is used up: wait until X-RateLimit-Next (" + next + "), then retry.";
        SandboxResponse limited = Problems.rateLimited("rate-limit", burst, next, detail);
        return new Decision(limited, limited.headers());
    }

    private Map<String, String> headers(int remaining) {
        return Map.of(
                "X-RateLimit-Limit", Integer.toString(burst), "X-RateLimit-Remaining", Integer.toString(remaining));
    }

    /** The outcome of {@link #take()}: a 429 to send instead (null when the request may go on) and the headers. */
    record Decision(SandboxResponse refusal, Map<String, String> headers) {}
}
