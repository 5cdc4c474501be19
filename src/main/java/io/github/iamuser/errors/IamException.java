package io.github.iamuser.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base of every failure of an IAM call: carries the request's method and path, the HTTP status (0
 * when no answer came), the response headers, the raw body and the parsed problem document. Catch a
 * subclass to handle one kind of failure; the message always says what happened and what to do.
 */
public class IamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FailedRequest request;

  /** A failure with a status no subclass covers (for example 405 or 415). */
  public IamException(FailedRequest request) {
    this(request, "Check the request against the IAM API reference; if it looks right, report it"
        + " with the body of this exception.");
  }

  /** A failure whose message ends with the given advice (what to do next). */
  public IamException(FailedRequest request, String advice) {
    this(describe(request, advice), request, null);
  }

  /** A failure with a ready-made message; for subclasses. */
  protected IamException(String message, FailedRequest request, Throwable cause) {
    super(message, cause);
    this.request = request;
  }

  /** The standard message: method, path, what came back, then the advice. */
  protected static String describe(FailedRequest request, String advice) {
    return request.method() + " " + request.path() + " failed with " + request.outcome() + ". "
        + advice;
  }

  /** Everything known about the failed request. */
  public FailedRequest request() {
    return request;
  }

  /** The HTTP method, such as {@code GET}. */
  public String method() {
    return request.method();
  }

  /** The path and query of the request. */
  public String path() {
    return request.path();
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return request.status();
  }

  /** The response headers, names in lower case; empty when no answer came. */
  public Map<String, List<String>> headers() {
    return request.headers();
  }

  /** The response body as text, truncated to {@link FailedRequest#MAX_BODY_CHARS}; empty when none. */
  public String body() {
    return request.body();
  }

  /** The response body parsed as a problem document, when it is one. */
  public Optional<ProblemDetails> problem() {
    return request.problem();
  }
}
