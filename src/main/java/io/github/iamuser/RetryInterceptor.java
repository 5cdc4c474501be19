package io.github.iamuser;

import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.options.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp application interceptor that retries rate limits, gateway errors and network failures by
 * method ({@code retriesStatus}, {@code retriesFailure}) under a {@link RetryPolicy}, waiting what
 * the server asked for ({@link RateLimitSignals#requestedWait}) or else the policy's backoff; it
 * returns the last answer or throws the last failure when the attempts run out or the next wait
 * would end after the budget (the policy's, capped by the call timeout). Install it before the
 * signing network interceptor so that every attempt is signed anew.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
    /** The most of an answer read to judge it (a 400 that may be a rate limit) or to end it before a retry. */
    private static final long PEEK_BYTES = 16 * 1024;

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitterSource;

    /** {@code clock} measures the budget; {@code jitterSource} yields numbers in [0, 1). */
    public RetryInterceptor(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitterSource) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String call = request.method() + " " + request.url().encodedPath();
        Duration callTimeout = Duration.ofNanos(chain.call().timeout().timeoutNanos()); // zero: none
        boolean budgetFirst = callTimeout.isZero() || callTimeout.compareTo(policy.timeBudget()) > 0;
        Instant deadline = clock.instant().plus(budgetFirst ? policy.timeBudget() : callTimeout);
        for (int attempt = 1; ; attempt++) {
            Response response = null;
            IOException failure = null;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                failure = e;
            }
            Duration wait = attempt < policy.maxAttempts() ? waitBeforeRetry(chain, response, failure, attempt) : null;
            if (wait != null && clock.instant().plus(wait).isAfter(deadline)) {
                LOG.info(
                        "Not retrying {} after attempt {}: the wait of {} ms is longer than the {} ms left"
                                + " of the retry budget",
                        call,
                        attempt,
                        wait.toMillis(),
                        Math.max(0, Duration.between(clock.instant(), deadline).toMillis()));
                wait = null;
            }
            if (wait == null) {
                if (response != null) {
                    return response;
                }
                throw failure;
            }
            LOG.info(
                    "Retrying {} in {} ms after {} (attempt {} of {})",
                    call,
                    wait.toMillis(),
                    response != null ? "HTTP " + response.code() : failure.toString(),
                    attempt + 1,
                    policy.maxAttempts());
            if (response != null) {
                discard(response);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw (InterruptedIOException)
                        new InterruptedIOException("interrupted while waiting to retry " + call).initCause(e);
            }
        }
    }

    /**
     * Closes an answer that is retried, having read a short body to its end first: OkHttp reuses the connection
     * only of a body read whole (else it waits up to 100 ms for the rest, then drops the connection).
     */
    private static void discard(Response response) {
        try (response) {
            response.body().source().request(PEEK_BYTES);
        } catch (IOException e) {
            // The connection is not reused; the retry opens another.
        }
    }

    /** The wait before the next attempt, or null when this outcome is not retried. */
    private Duration waitBeforeRetry(Chain chain, Response response, IOException failure, int attempt)
            throws IOException {
        String method = chain.request().method();
        if (response != null) {
            int code = response.code();
            String body = code == 400 ? response.peekBody(PEEK_BYTES).string() : "";
            if (!retriesStatus(method, code, RateLimitSignals.isRateLimited(code, body))) {
                return null;
            }
            Optional<Duration> asked = RateLimitSignals.requestedWait(response.headers(), clock.instant());
            if (asked.isPresent()) {
                return asked.get();
            }
        } else if (chain.call().isCanceled()
                || Thread.currentThread().isInterrupted()
                || !retriesFailure(method, failure)) {
            return null;
        }
        return policy.backoff(attempt, jitterSource.getAsDouble());
    }

    /**
     * Whether an answer is retried: a rate limit (429, or a 400 that mentions IPBLOCK-BURST) for
     * every method; 502, 503 and 504 for GET, HEAD, OPTIONS, PUT and DELETE; 500 for the first three.
     * The profile PUT is a full replace carrying the same complete body on every attempt, so sending
     * it twice leaves the same profile as sending it once; but for a given body a 500 usually repeats.
     */
    static boolean retriesStatus(String method, int status, boolean rateLimited) {
        boolean gateway = status == 502 || status == 503 || status == 504;
        return rateLimited || IDEMPOTENT.contains(method) && gateway || SAFE.contains(method) && status == 500;
    }

    /**
     * Whether a failure without an answer is retried: never a certificate failure, a request that cannot
     * be signed as sent or a proxy's refusal of its credentials (it would be refused the same way again,
     * and some proxies lock out a user after a few); any other for GET, PUT and the
     * like; for POST and PATCH only a failure to connect, when nothing was sent.
     */
    static boolean retriesFailure(String method, IOException failure) {
        if (failure instanceof SSLPeerUnverifiedException
                || failure instanceof SSLHandshakeException
                || failure instanceof RequestNotSignedException
                || failure instanceof ProxyAuthenticationException) {
            return false;
        }
        return IDEMPOTENT.contains(method)
                || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException
                || isConnectTimeout(failure);
    }

    /**
     * True when connecting timed out (so nothing was sent): OkHttp passes on the JDK's
     * SocketTimeoutException, "Connect timed out" since JDK 13 and "connect timed out" before.
     */
    public static boolean isConnectTimeout(IOException failure) {
        return failure instanceof SocketTimeoutException
                && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }
}
