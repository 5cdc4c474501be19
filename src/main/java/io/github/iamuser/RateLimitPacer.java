package io.github.iamuser;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces the calls of a bulk run within the server's rate limit, from the headers Akamai sends
 * ({@code X-RateLimit-Limit}: the bucket's size; {@code X-RateLimit-Remaining}: what is left of it).
 * While plenty remains, calls go as fast as the run's concurrency allows. Once what remains falls to
 * a low-water mark, calls are spaced at the rate the bucket is seen to refill (requests answered
 * plus the change of Remaining, over the last seconds, a full bucket's time left out since it gains
 * nothing), a little slower when Remaining is under the mark and faster when over it, so the bucket
 * neither empties (429s) nor fills (time lost). A 429
 * that reaches it holds every call until the wait the server asked for ({@code Retry-After},
 * {@code X-RateLimit-Next}) is over. Installed as a client interceptor, so every call waits its turn
 * before it is signed.
 */
final class RateLimitPacer implements Interceptor {
    private static final long WINDOW = Duration.ofSeconds(3).toNanos();
    private static final long MIN_SPAN = Duration.ofMillis(500).toNanos();
    /** How fast a deviation from the low-water mark is corrected: over about a second. */
    private static final double SETTLE_SECONDS = 1.0;

    private final int concurrency;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>(); // {nanos, remaining, answers so far}
    private long answers;
    private long nextSlot;
    private long heldUntil;
    private double pace; // calls a second while pacing; 0 when calls go freely

    RateLimitPacer(int concurrency) {
        this.concurrency = concurrency;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long slot = slot();
        for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing calls within the rate limit");
            }
        }
        Response response = chain.proceed(chain.request());
        observe(response);
        return response;
    }

    /** The moment the next call may start, and reserves it. */
    private synchronized long slot() {
        long now = System.nanoTime();
        long at = Math.max(now, heldUntil);
        if (pace > 0) {
            at = Math.max(at, nextSlot);
            nextSlot = at + (long) (1e9 / pace);
        }
        return at;
    }

    private synchronized void observe(Response response) {
        long now = System.nanoTime();
        if (response.code() == 429) {
            Duration wait = RateLimitSignals.requestedWait(response.headers(), Instant.now())
                    .orElse(Duration.ofSeconds(1));
            heldUntil = Math.max(heldUntil, now + wait.toNanos());
        }
        Integer limit = number(response.header("X-RateLimit-Limit"));
        Integer remaining = number(response.header("X-RateLimit-Remaining"));
        if (limit == null || remaining == null || limit < 1) {
            return;
        }
        answers++;
        if (remaining >= limit) {
            // A full bucket: capacity is going unused, and what it gains cannot be measured. Go freely, measure anew.
            samples.clear();
            pace = 0;
            return;
        }
        samples.addLast(new long[] {now, remaining, answers});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW) {
            samples.removeFirst();
        }
        int low = Math.max(1, Math.min(limit / 2, concurrency + 1));
        if (remaining > 2 * low) {
            pace = 0;
            return;
        }
        double refill = refillRate();
        double base = refill > 0 ? refill : limit; // not measured yet: guess the bucket refills in a second
        pace = Math.max(1, base + (remaining - low) / SETTLE_SECONDS);
        if (nextSlot < now) {
            nextSlot = now;
        }
    }

    /** Tokens the bucket gained a second over the window (answers plus the change of Remaining), or 0 when unknown. */
    private double refillRate() {
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long span = last[0] - first[0];
        if (span < MIN_SPAN) {
            return 0;
        }
        double gained = (last[2] - first[2]) + (last[1] - first[1]);
        return Math.max(0, gained / (span / 1e9));
    }

    private static Integer number(String header) {
        try {
            return header == null ? null : Integer.valueOf(header.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
