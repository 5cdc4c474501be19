package io.github.iamuser.errors;

import io.github.iamuser.internal.Redaction;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A call that failed: its method and path and, when the server answered, the status, the response
 * headers and the body as text (cut at {@link #MAX_BODY_CHARS}).
 *
 * @param method the HTTP method, such as {@code PUT}
 * @param path the path with its query as sent, such as
 *     {@code /identity-management/v2/...?accountSwitchKey=1-ABC}
 * @param status the HTTP status, or 0 when no answer came
 * @param headers the response headers, names in lower case
 * @param body the response body as text; empty when there was none
 */
public record FailedCall(String method, String path, int status, Map<String, List<String>> headers, String body)
        implements Serializable {
    /** The longest body kept, in characters; longer bodies are cut and marked as truncated. */
    public static final int MAX_BODY_CHARS = 8192;

    private static final int MAX_SUMMARY_CHARS = 200;

    /**
     * Lower-cases the header names (merging their values), hides labelled credentials in the header values
     * and the body (a server may echo the Authorization header), and cuts the body.
     */
    public FailedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Map<String, List<String>> lowerCased = new TreeMap<>();
        headers.forEach((name, values) -> lowerCased.merge(
                name.toLowerCase(Locale.ROOT),
                values.stream().map(Redaction::hide).toList(),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        headers = Collections.unmodifiableMap(lowerCased);
        String text = body == null ? "" : Redaction.hide(body);
        body = text.length() <= MAX_BODY_CHARS
                ? text
                : text.substring(0, MAX_BODY_CHARS) + "... [truncated: " + text.length() + " characters in all]";
    }

    /** A call the server answered with an error status. */
    public static FailedCall answered(
            String method, String path, int status, Map<String, List<String>> headers, String body) {
        return new FailedCall(method, path, status, headers, body);
    }

    /** A call that got no answer (connection failure or timeout): status 0, no headers, no body. */
    public static FailedCall unanswered(String method, String path) {
        return new FailedCall(method, path, 0, Map.of(), "");
    }

    /** The first value of a response header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                .findFirst();
    }

    /** The body parsed as a problem document, when it is one. */
    public Optional<ProblemDetails> problem() {
        return ProblemDetails.parse(body);
    }

    /**
     * One line saying what came back, such as {@code HTTP 404 User not found} or, for a body that is
     * not a problem document, {@code HTTP 502: Bad Gateway} (markup stripped, cut at 200 characters).
     */
    public String outcome() {
        Optional<ProblemDetails> problem = problem();
        if (problem.isPresent()) {
            ProblemDetails p = problem.get();
            String said = Stream.of(ProblemDetails.join(p.title(), p.detail()), p.type())
                    .filter(s -> s != null && !s.isBlank())
                    .findFirst()
                    .orElse("with a problem document that has no title or detail");
            return "HTTP " + status + " " + said
                    + (p.requestId() == null || p.requestId().isBlank() ? "" : " (request id " + p.requestId() + ")");
        }
        String text = body.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .trim();
        return "HTTP " + status
                + (text.isEmpty()
                        ? " with an empty body"
                        : ": "
                                + (text.length() <= MAX_SUMMARY_CHARS
                                        ? text
                                        : text.substring(0, MAX_SUMMARY_CHARS) + "..."));
    }

    @Override
    public String toString() {
        return method + " " + path + (status == 0 ? " (no answer)" : " -> " + status);
    }
}
