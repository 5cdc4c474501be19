package io.github.iamuser.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base of every failure of an IAM call: carries the {@link FailedCall} (method, path, status,
 * headers, body, problem document), and its message says what happened and what to do next. Catch
 * a subclass to handle one kind of failure.
 */
public class IamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FailedCall call;

    /** A failure with a status no subclass covers (for example 405 or 415). */
    public IamException(FailedCall call) {
        this(
                call,
                "Check the request against the IAM API reference; if it looks right, report it"
                        + " with the body of this exception.");
    }

    /** A failure whose message says what came back, then the given advice (what to do next). */
    public IamException(FailedCall call, String advice) {
        this(call.method() + " " + call.path() + " failed with " + call.outcome() + ". " + advice, call, null);
    }

    /** A failure with a ready-made message; for subclasses. */
    protected IamException(String message, FailedCall call, Throwable cause) {
        super(message, cause);
        this.call = call;
    }

    /** Everything known about the failed call. */
    public FailedCall call() {
        return call;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return call.status();
    }

    /** The response headers, names in lower case; empty when no answer came. */
    public Map<String, List<String>> headers() {
        return call.headers();
    }

    /** The response body as text, cut at {@link FailedCall#MAX_BODY_CHARS}; empty when none. */
    public String body() {
        return call.body();
    }

    /** The response body parsed as a problem document, when it is one. */
    public Optional<ProblemDetails> problem() {
        return call.problem();
    }
}
