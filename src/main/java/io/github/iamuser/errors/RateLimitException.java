package io.github.iamuser.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429, or a 400 whose problem mentions {@code IPBLOCK-BURST}: too many requests; carries the
 * wait the server asked for, when it asked for one.
 */
public class RateLimitException extends IamException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Builds the exception; {@code retryAfter} is the wait the server asked for, or null if none. */
  public RateLimitException(FailedRequest request, Duration retryAfter) {
    super(describe(request, advice(retryAfter)), request, null);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for (Retry-After or a RateLimit-Next header), if it gave one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String advice(Duration wait) {
    if (wait == null) {
      return "The server is limiting the rate of requests: wait a minute before trying again, and"
          + " send fewer requests at a time.";
    }
    long seconds = (wait.toMillis() + 999) / 1000;
    return "The server is limiting the rate of requests: wait " + seconds + " second"
        + (seconds == 1 ? "" : "s") + " before trying again.";
  }
}
