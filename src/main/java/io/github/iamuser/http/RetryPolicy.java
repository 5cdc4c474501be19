package io.github.iamuser.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed calls are retried: at most {@code maxAttempts} attempts in all, waiting a capped
 * exponential backoff with jitter between them (or the wait the server asks for), all within an
 * overall time budget. Immutable; which failures are retried is described on {@link RetryInterceptor}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration timeBudget;

  private RetryPolicy(Builder b) {
    if (b.maxAttempts < 1) {
      throw new IllegalArgumentException("retryPolicy.maxAttempts must be at least 1 (got "
          + b.maxAttempts + "): 1 means no retries; use RetryPolicy.none() for that.");
    }
    requirePositive("initialBackoff", b.initialBackoff);
    requirePositive("maxBackoff", b.maxBackoff);
    requirePositive("timeBudget", b.timeBudget);
    if (b.maxBackoff.compareTo(b.initialBackoff) < 0) {
      throw new IllegalArgumentException("retryPolicy.maxBackoff (" + b.maxBackoff
          + ") must not be shorter than initialBackoff (" + b.initialBackoff
          + "): raise maxBackoff or lower initialBackoff.");
    }
    if (!(b.jitter >= 0.0 && b.jitter <= 1.0)) {
      throw new IllegalArgumentException("retryPolicy.jitter must be between 0.0 (none) and 1.0"
          + " (full jitter) (got " + b.jitter + ").");
    }
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.timeBudget = b.timeBudget;
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
    return builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
        .jitter(jitter).timeBudget(timeBudget);
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The cap on the backoff, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The share of the backoff that is randomised: 0.0 none, 1.0 full jitter. */
  public double jitter() {
    return jitter;
  }

  /** The time from the first attempt after which no retry starts (also capped by the call timeout). */
  public Duration timeBudget() {
    return timeBudget;
  }

  /**
   * The backoff before retry number {@code retry} (1 for the first retry): the cap
   * {@code min(maxBackoff, initialBackoff * 2^(retry-1))}, reduced by {@code jitter * random * cap},
   * where {@code random} is in [0, 1).
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry numbers start at 1 (got " + retry + ")");
    }
    long initialNanos = initialBackoff.toNanos();
    long capNanos = maxBackoff.toNanos();
    int doublings = Math.min(retry - 1, 62);
    long exponential = initialNanos > (capNanos >> doublings) ? capNanos : initialNanos << doublings;
    long cap = Math.min(capNanos, exponential);
    return Duration.ofNanos(Math.round(cap * (1.0 - jitter * random)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts
        && initialBackoff.equals(p.initialBackoff) && maxBackoff.equals(p.maxBackoff)
        && jitter == p.jitter && timeBudget.equals(p.timeBudget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, jitter, timeBudget);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", timeBudget=" + timeBudget + "}";
  }

  private static void requirePositive(String name, Duration d) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("retryPolicy." + name + " must be a positive duration (got "
          + d + ").");
    }
  }

  /** Builds a {@link RetryPolicy}; every setter starts from the default named on it. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 1.0;
    private Duration timeBudget = Duration.ofSeconds(60);

    private Builder() {
    }

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
      return new RetryPolicy(this);
    }
  }
}
