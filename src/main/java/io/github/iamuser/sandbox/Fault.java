package io.github.iamuser.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A failure the sandbox plays once, in place of (or, for {@link #delay}, before) the normal answer;
 * queue it with {@code sandbox.faults().enqueue(...)}. Immutable.
 */
public final class Fault {
    /** The {@code X-RateLimit-Limit} a rate-limited answer reports. */
    public static final int RATE_LIMIT = 100;

    private enum Kind {
        RATE_LIMITED,
        IP_BLOCK_BURST,
        SERVER_ERROR,
        NON_JSON_ERROR,
        DELAY,
        DROP_CONNECTION,
        USER_NOT_FOUND
    }

    private final Kind kind;
    private final int status;
    private final Duration duration;
    private final String body;
    private final String method;
    private final String pathPrefix;

    private Fault(Kind kind, int status, Duration duration, String body, String method, String pathPrefix) {
        this.kind = kind;
        this.status = status;
        this.duration = duration;
        this.body = body;
        this.method = method;
        this.pathPrefix = pathPrefix;
    }

    /**
     * 429 with {@code Retry-After} (whole seconds, rounded up), {@code X-RateLimit-Limit},
     * {@code X-RateLimit-Remaining: 0}, {@code X-RateLimit-Next} (that many seconds after the moment of
     * answering, an ISO 8601 instant in milliseconds as Akamai writes it) and a problem
     * document.
     */
    public static Fault rateLimited(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or more (got " + retryAfter
                    + "): pass how long the client should wait, such as Duration.ofSeconds(2).");
        }
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter, null, null, null);
    }

    /** 400 whose problem detail mentions {@code IPBLOCK-BURST}: how Akamai's edge rate-limits a burst. */
    public static Fault ipBlockBurst() {
        return new Fault(Kind.IP_BLOCK_BURST, 400, null, null, null, null);
    }

    /** A problem document with the given server error status (500 to 599). */
    public static Fault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("serverError status must be 500 to 599 (got " + status
                    + "): for other statuses use nonJsonError(status, body).");
        }
        return new Fault(Kind.SERVER_ERROR, status, null, null, null, null);
    }

    /**
     * An error whose body is not JSON, as an edge or proxy sends: {@code text/html} when the body
     * starts with {@code <}, else {@code text/plain}. The status must be 400 to 599.
     */
    public static Fault nonJsonError(int status, String body) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("nonJsonError status must be 400 to 599 (got " + status
                    + "): the sandbox answers successes itself.");
        }
        return new Fault(Kind.NON_JSON_ERROR, status, null, Objects.requireNonNull(body, "body"), null, null);
    }

    /** Waits this long, then answers the request normally (to exercise client timeouts). */
    public static Fault delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or more (got " + delay + ").");
        }
        return new Fault(Kind.DELAY, 0, delay, null, null, null);
    }

    /**
     * IAM's 404 "User not found", as for a user deleted a moment ago: with {@link #onlyFor}, one user
     * vanishes between the list and its read.
     */
    public static Fault userNotFound() {
        return new Fault(Kind.USER_NOT_FOUND, 404, null, null, null, null);
    }

    /** Closes the connection without sending any answer. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, null, null, null, null);
    }

    /**
     * The same fault, applied only to a request with this method (null for any) whose raw path
     * starts with {@code pathPrefix} (null for any); other requests pass it by.
     */
    public Fault onlyFor(String method, String pathPrefix) {
        return new Fault(
                kind, status, duration, body, method == null ? null : method.toUpperCase(Locale.ROOT), pathPrefix);
    }

    /** True when this fault applies to a request with this method and raw path. */
    boolean matches(String requestMethod, String rawPath) {
        return (method == null || method.equals(requestMethod))
                && (pathPrefix == null || rawPath.startsWith(pathPrefix));
    }

    /** True when the connection is to be closed with no answer. */
    boolean dropsConnection() {
        return kind == Kind.DROP_CONNECTION;
    }

    /** How long to wait before answering (zero for all but {@link #delay}). */
    Duration waitBefore() {
        return kind == Kind.DELAY ? duration : Duration.ZERO;
    }

    /** The answer that replaces the normal one, or null when the request is then answered normally. */
    SandboxResponse response(Instant now) {
        return switch (kind) {
            case RATE_LIMITED -> rateLimitedResponse(now);
            case IP_BLOCK_BURST ->
                problem(
                        400,
                        "Bad Request",
                        "Request blocked by IPBLOCK-BURST: too many"
                                + " requests from this address in a short time. This is a rate limit: slow down, wait a"
                                + " few seconds and retry.");
            case SERVER_ERROR ->
                problem(
                        status,
                        "Server Error",
                        "The service failed with " + status + " (a fault injected into the sandbox): retry later.");
            case NON_JSON_ERROR ->
                new SandboxResponse(
                        status,
                        Map.of(),
                        (body.startsWith("<") ? "text/html" : "text/plain") + "; charset=utf-8",
                        SandboxResponse.utf8(body));
            case USER_NOT_FOUND -> Problems.userNotFound();
            case DELAY, DROP_CONNECTION -> null;
        };
    }

    private SandboxResponse rateLimitedResponse(Instant now) {
        long seconds = duration.plusNanos(999_999_999).toSeconds();
        return problem(
                        429,
                        "Too Many Requests",
                        "The rate limit of " + RATE_LIMIT + " requests is used"
                                + " up (a fault injected into the sandbox): wait " + seconds + " seconds, then retry.")
                .withHeaders(Map.of(
                        "Retry-After",
                        Long.toString(seconds),
                        "X-RateLimit-Limit",
                        Integer.toString(RATE_LIMIT),
                        "X-RateLimit-Remaining",
                        "0",
                        "X-RateLimit-Next",
                        DateTimeFormatter.ISO_INSTANT.format(
                                now.plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS))));
    }

    private static SandboxResponse problem(int status, String title, String detail) {
        return Problems.problem(status, "/useradmin-api/error-types/sandbox-fault", title, detail);
    }

    @Override
    public String toString() {
        return "Fault{" + kind + (status == 0 ? "" : " " + status)
                + (duration == null ? "" : " " + duration)
                + (method == null ? "" : " only " + method) + (pathPrefix == null ? "" : " on " + pathPrefix) + "}";
    }
}
