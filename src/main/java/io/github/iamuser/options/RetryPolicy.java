package io.github.iamuser.options;

import java.time.Duration;

/**
 * How failed calls are retried: at most {@code maxAttempts} attempts in all (1 disables retries),
 * waiting a capped exponential backoff with jitter between them (or the wait the server asks for),
 * and none started after {@code timeBudget} from the first attempt. Retried: a rate limit (429) on any call; 502, 503, 504
 * and network failures on GET and PUT; a 500 on a GET only; never another 4xx. Build one with {@link #builder()}.
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter, Duration timeBudget) {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    /** Checks the values; the message of a refusal names the setting. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retryPolicy.maxAttempts must be at least 1 (got " + maxAttempts
                    + "): 1 means no retries; use RetryPolicy.none() for that.");
        }
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        requirePositive("timeBudget", timeBudget);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retryPolicy.maxBackoff (" + maxBackoff + ") must not be"
                    + " shorter than initialBackoff (" + initialBackoff + "): raise maxBackoff or lower"
                    + " initialBackoff.");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException(
                    "retryPolicy.jitter must be between 0.0 (none) and 1.0 (full jitter) (got " + jitter + ").");
        }
    }

    /** The default: 3 attempts, backoff from 500 ms doubling up to 8 s, full jitter, 60 s budget. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A single attempt: nothing is retried. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** Starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        return builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .jitter(jitter)
                .timeBudget(timeBudget);
    }

    /**
     * The backoff before retry number {@code retry} (1 for the first): the cap
     * {@code min(maxBackoff, initialBackoff * 2^(retry-1))} less {@code jitter * random * cap}, where
     * {@code random} is in [0, 1).
     */
    public Duration backoff(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1 (got " + retry + ")");
        }
        long initialNanos = initialBackoff.toNanos();
        long capNanos = maxBackoff.toNanos();
        int doublings = Math.min(retry - 1, 62);
        long cap = initialNanos > (capNanos >> doublings) ? capNanos : initialNanos << doublings;
        return Duration.ofNanos(Math.round(cap * (1.0 - jitter * random)));
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("retryPolicy." + name + " must be a positive duration (got " + d + ").");
        }
    }

    /** Builds a {@link RetryPolicy}; every setter starts from the default named on it. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 1.0;
        private Duration timeBudget = Duration.ofSeconds(60);

        private Builder() {}

        /** Attempts in all, the first included (default 3; 1 disables retries). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Backoff before the first retry, doubled for each further one (default 500 ms). */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** Cap on the backoff (default 8 s); a wait the server asks for is not capped by it. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /** Randomised share of each backoff, 0.0 to 1.0 (default 1.0, "full jitter"). */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Time from the first attempt after which no retry starts (default 60 s). */
        public Builder timeBudget(Duration timeBudget) {
            this.timeBudget = timeBudget;
            return this;
        }

        /** Checks the values and builds the policy. */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, jitter, timeBudget);
        }
    }
}
