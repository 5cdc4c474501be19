package io.github.iamuser.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A failure the sandbox plays once, in place of (or, for {@link #delay}, before) the normal answer;
 * queue it with {@code sandbox.faults().enqueue(...)}. Immutable.
 */
public final class Fault {
    /** The {@code X-RateLimit-Limit} a rate-limited answer reports. */
    public static final int RATE_LIMIT = 100;

    private static final Function<Instant, SandboxResponse> NORMAL_ANSWER = now -> null;

    private final String name;
    private final Duration wait;
    private final Function<Instant, SandboxResponse> answer;
    private final String method;
    private final String pathPrefix;

    /** A fault that waits {@code wait}, then answers with {@code answer} (null: drops the connection). */
    private Fault(
            String name, Duration wait, Function<Instant, SandboxResponse> answer, String method, String pathPrefix) {
        this.name = name;
        this.wait = wait;
        this.answer = answer;
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
        IamSandbox.require(
                retryAfter != null && !retryAfter.isNegative(),
                "retryAfter must be zero or more (got " + retryAfter
                        + "): pass how long the client should wait, such as Duration.ofSeconds(2).");
        long seconds = retryAfter.plusNanos(999_999_999).toSeconds();
        return answering(
                "RATE_LIMITED 429 " + retryAfter,
                now -> Problems.rateLimited(
                                "sandbox-fault",
                                RATE_LIMIT,
                                now.plusSeconds(seconds),
                                "The rate limit of " + RATE_LIMIT + " requests is used up (a fault injected into the"
                                        + " sandbox): wait " + seconds + " seconds, then retry.")
                        .withHeaders(Map.of("Retry-After", Long.toString(seconds))));
    }

    /** 400 whose problem detail mentions {@code IPBLOCK-BURST}: how Akamai's edge rate-limits a burst. */
    public static Fault ipBlockBurst() {
        SandboxResponse answer = problem(
                400,
                "Bad Request",
                "Request blocked by IPBLOCK-BURST: too many requests from this address in a short time. This is a"
                        + " rate limit: slow down, wait a few seconds and retry.");
        return answering("IP_BLOCK_BURST 400", now -> answer);
    }

    /** A problem document with the given server error status (500 to 599). */
    public static Fault serverError(int status) {
        IamSandbox.require(
                status >= 500 && status <= 599,
                "serverError status must be 500 to 599 (got " + status
                        + "): for other statuses use nonJsonError(status, body).");
        SandboxResponse answer = problem(
                status,
                "Server Error",
                "The service failed with " + status + " (a fault injected into the sandbox): retry later.");
        return answering("SERVER_ERROR " + status, now -> answer);
    }

    /**
     * An error whose body is not JSON, as an edge or proxy sends: {@code text/html} when the body
     * starts with {@code <}, else {@code text/plain}. The status must be 400 to 599.
     */
    public static Fault nonJsonError(int status, String body) {
        IamSandbox.require(
                status >= 400 && status <= 599,
                "nonJsonError status must be 400 to 599 (got " + status + "): the sandbox answers successes itself.");
        SandboxResponse answer = new SandboxResponse(
                status,
                Map.of(),
                (Objects.requireNonNull(body, "body").startsWith("<") ? "text/html" : "text/plain") + "; charset=utf-8",
                SandboxResponse.utf8(body));
        return answering("NON_JSON_ERROR " + status, now -> answer);
    }

    /** Waits this long, then answers the request normally (to exercise client timeouts). */
    public static Fault delay(Duration delay) {
        IamSandbox.require(delay != null && !delay.isNegative(), "delay must be zero or more (got " + delay + ").");
        return new Fault("DELAY " + delay, delay, NORMAL_ANSWER, null, null);
    }

    /**
     * IAM's 404 "User not found", as for a user deleted a moment ago: with {@link #onlyFor}, one user
     * vanishes between the list and its read.
     */
    public static Fault userNotFound() {
        return answering("USER_NOT_FOUND 404", now -> Problems.userNotFound());
    }

    /** Closes the connection without sending any answer. */
    public static Fault dropConnection() {
        return new Fault("DROP_CONNECTION", Duration.ZERO, null, null, null);
    }

    /**
     * The same fault, applied only to a request with this method (null for any) whose raw path
     * starts with {@code pathPrefix} (null for any); other requests pass it by.
     */
    public Fault onlyFor(String method, String pathPrefix) {
        return new Fault(name, wait, answer, method == null ? null : method.toUpperCase(Locale.ROOT), pathPrefix);
    }

    /** True when this fault applies to a request with this method and raw path. */
    boolean matches(String requestMethod, String rawPath) {
        return (method == null || method.equals(requestMethod))
                && (pathPrefix == null || rawPath.startsWith(pathPrefix));
    }

    /** True when the connection is to be closed with no answer. */
    boolean dropsConnection() {
        return answer == null;
    }

    /** How long to wait before answering (zero for all but {@link #delay}). */
    Duration waitBefore() {
        return wait;
    }

    /** The answer that replaces the normal one, or null when the request is then answered normally. */
    SandboxResponse response(Instant now) {
        return answer.apply(now);
    }

    private static Fault answering(String name, Function<Instant, SandboxResponse> answer) {
        return new Fault(name, Duration.ZERO, answer, null, null);
    }

    private static SandboxResponse problem(int status, String title, String detail) {
        return Problems.problem(status, "/useradmin-api/error-types/sandbox-fault", title, detail);
    }

    @Override
    public String toString() {
        return "Fault{" + name + (method == null ? "" : " only " + method)
                + (pathPrefix == null ? "" : " on " + pathPrefix) + "}";
    }
}
