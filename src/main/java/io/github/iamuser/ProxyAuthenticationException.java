package io.github.iamuser;

import java.io.IOException;

/** A proxy asked for credentials (407) that none were given for, or refused those given: never retried. */
final class ProxyAuthenticationException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code message} names the proxy and says what to do; it never holds a password. */
    public ProxyAuthenticationException(String message) {
        super(message);
    }
}
