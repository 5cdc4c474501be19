package io.github.iamuser.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429, or a 400 that mentions {@code IPBLOCK-BURST}: too many requests; carries the wait the
 * server asked for, when it asked for one.
 */
public class RateLimitException extends IamException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** {@code retryAfter} is the wait the server asked for, or null if none. */
    public RateLimitException(FailedCall call, Duration retryAfter) {
        super(
                call,
                "The server is limiting the rate of requests: "
                        + (retryAfter == null
                                ? "wait a minute before trying again, and send fewer requests at a time."
                                : "wait " + seconds(retryAfter) + " before trying again."));
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for (Retry-After or a RateLimit-Next header), if it gave one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
