package io.github.iamuser.internal;

import java.io.IOException;

/**
 * Thrown by {@link EdgeGridSigningInterceptor} when it refuses to sign a request, before a byte of
 * it is sent: the message says why and what to change. Retrying the same request cannot succeed.
 */
public final class RequestNotSignedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A refusal with the reason and the fix in {@code message}. */
    public RequestNotSignedException(String message) {
        super(message);
    }
}
