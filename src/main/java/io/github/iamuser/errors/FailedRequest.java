package io.github.iamuser.errors;

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
 * What is known about a request that failed: its method and path, and, when the server answered,
 * the status, the response headers and the body as text (truncated to {@link #MAX_BODY_CHARS}).
 */
public final class FailedRequest implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest body kept, in characters; longer bodies are cut and marked as truncated. */
  public static final int MAX_BODY_CHARS = 8192;
  private static final int MAX_SUMMARY_CHARS = 200;

  private final String method;
  private final String path;
  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  private FailedRequest(String method, String path, int status, Map<String, List<String>> headers,
      String body) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    TreeMap<String, List<String>> lowerCased = new TreeMap<>();
    headers.forEach((name, values) -> lowerCased.merge(name.toLowerCase(Locale.ROOT),
        List.copyOf(values), FailedRequest::concat));
    this.headers = Collections.unmodifiableMap(lowerCased);
    this.body = truncate(body == null ? "" : body);
  }

  /** A request the server answered with an error status; the body is truncated if it is long. */
  public static FailedRequest answered(String method, String path, int status,
      Map<String, List<String>> headers, String body) {
    return new FailedRequest(method, path, status, headers, body);
  }

  /** A request that got no answer (connection failure or timeout): status 0, no headers, no body. */
  public static FailedRequest unanswered(String method, String path) {
    return new FailedRequest(method, path, 0, Map.of(), "");
  }

  /** The HTTP method, such as {@code PUT}. */
  public String method() {
    return method;
  }

  /** The path with its query as sent, such as {@code /identity-management/v2/...?accountSwitchKey=1-ABC}. */
  public String path() {
    return path;
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The response headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a response header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The response body as text (empty when there was none), at most {@link #MAX_BODY_CHARS} plus a marker. */
  public String body() {
    return body;
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
    if (problem.isEmpty()) {
      String text = plainText(body);
      return "HTTP " + status + (text.isEmpty() ? " with an empty body" : ": " + text);
    }
    String said = Optional.of(titleAndDetail(problem.get())).filter(s -> !s.isEmpty())
        .or(() -> Optional.ofNullable(problem.get().type()).filter(s -> !s.isBlank()))
        .orElse("with a problem document that has no title or detail");
    String requestId = Optional.ofNullable(problem.get().requestId()).filter(s -> !s.isBlank())
        .map(id -> " (request id " + id + ")").orElse("");
    return "HTTP " + status + " " + said + requestId;
  }

  private static String titleAndDetail(ProblemDetails problem) {
    String title = blankToEmpty(problem.title());
    String detail = blankToEmpty(problem.detail());
    if (title.isEmpty() || detail.isEmpty() || title.equals(detail)) {
      return title.isEmpty() ? detail : title;
    }
    return title + ": " + detail;
  }

  private static String plainText(String text) {
    String stripped = text
        .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replaceAll("\\s+", " ")
        .trim();
    return stripped.length() <= MAX_SUMMARY_CHARS
        ? stripped
        : stripped.substring(0, MAX_SUMMARY_CHARS) + "...";
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.trim();
  }

  private static String truncate(String text) {
    if (text.length() <= MAX_BODY_CHARS) {
      return text;
    }
    return text.substring(0, MAX_BODY_CHARS) + "... [truncated: " + text.length()
        + " characters in all]";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @Override
  public String toString() {
    return method + " " + path + (status == 0 ? " (no answer)" : " -> " + status);
  }
}
