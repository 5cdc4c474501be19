package io.github.iamuser.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp application interceptor that retries failed calls under a {@link RetryPolicy}; install it
 * before the signing network interceptor so that every attempt is signed anew.
 *
 * <p>What is retried:
 * <ul>
 *   <li>Rate limits (429, or a 400 whose problem mentions {@code IPBLOCK-BURST}), for every method.
 *   <li>GET (and HEAD, OPTIONS): 500, 502, 503, 504 and any network failure (refused or reset
 *       connection, timeout), certificate failures excepted.
 *   <li>PUT (and DELETE): 502, 503, 504 and network failures, like a GET. The profile PUT is a full
 *       replace carrying the same complete body on every attempt, so sending it twice leaves the
 *       same profile as sending it once. A 500 is not retried: for a given body it usually repeats.
 *   <li>POST and PATCH: only when the connection could not be made, so nothing was sent.
 *   <li>Never: any other 4xx.
 * </ul>
 * Between attempts it waits the wait the server asked for ({@code Retry-After},
 * {@code X-RateLimit-Next}, {@code Akamai-RateLimit-Next}), else the policy's jittered backoff. It
 * stops, returning the last answer or throwing the last failure, when the attempts run out or when
 * the next wait would end after the time budget (the policy's, capped by the call's timeout).
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
  private static final long PEEK_BYTES = 16 * 1024;

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;

  /**
   * Retries under the policy; {@code clock} measures the budget, {@code sleeper} waits, and
   * {@code jitterSource} yields numbers in [0, 1) for the jitter.
   */
  public RetryInterceptor(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitterSource) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Instant start = clock.instant();
    Duration budget = budget(chain);
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        failure = e;
      }
      Optional<Duration> wait = response != null
          ? waitAfterAnswer(request, response, attempt)
          : waitAfterFailure(chain, request, failure, attempt);
      if (wait.isEmpty() || attempt >= policy.maxAttempts()
          || exceedsBudget(request, start, budget, wait.get(), attempt)) {
        if (response != null) {
          return response;
        }
        throw failure;
      }
      LOG.info("Retrying {} {} in {} ms after {} (attempt {} of {})", request.method(),
          request.url().encodedPath(), wait.get().toMillis(),
          response != null ? "HTTP " + response.code() : failure.toString(),
          attempt + 1, policy.maxAttempts());
      if (response != null) {
        response.close();
      }
      sleep(wait.get(), request);
    }
  }

  private Optional<Duration> waitAfterAnswer(Request request, Response response, int attempt)
      throws IOException {
    int code = response.code();
    String body = code == 400 ? response.peekBody(PEEK_BYTES).string() : "";
    boolean rateLimited = RateLimitSignals.isRateLimited(code, body);
    if (!RetryRules.retriesStatus(request.method(), code, rateLimited)) {
      return Optional.empty();
    }
    return Optional.of(RateLimitSignals.requestedWait(response.headers(), clock.instant())
        .orElseGet(() -> policy.backoff(attempt, jitterSource.getAsDouble())));
  }

  private Optional<Duration> waitAfterFailure(Chain chain, Request request, IOException failure,
      int attempt) {
    if (chain.call().isCanceled() || Thread.currentThread().isInterrupted()
        || !RetryRules.retriesFailure(request.method(), failure)) {
      return Optional.empty();
    }
    return Optional.of(policy.backoff(attempt, jitterSource.getAsDouble()));
  }

  private boolean exceedsBudget(Request request, Instant start, Duration budget, Duration wait,
      int attempt) {
    Duration left = budget.minus(Duration.between(start, clock.instant()));
    if (wait.compareTo(left) <= 0) {
      return false;
    }
    LOG.info("Not retrying {} {} after attempt {}: the wait of {} ms is longer than the {} ms left"
        + " of the retry budget", request.method(), request.url().encodedPath(), attempt,
        wait.toMillis(), Math.max(0, left.toMillis()));
    return true;
  }

  private Duration budget(Chain chain) {
    long callTimeoutNanos = chain.call().timeout().timeoutNanos();
    Duration policyBudget = policy.timeBudget();
    if (callTimeoutNanos <= 0) {
      return policyBudget;
    }
    Duration callTimeout = Duration.ofNanos(callTimeoutNanos);
    return callTimeout.compareTo(policyBudget) < 0 ? callTimeout : policyBudget;
  }

  private void sleep(Duration wait, Request request) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to"
          + " retry " + request.method() + " " + request.url().encodedPath());
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
