package io.github.iamuser.auth;

/**
 * EdgeGrid credentials could not be found, read or accepted; the message names the file, section or
 * environment variable and the key at fault and says what to do, and never contains a secret.
 */
public final class CredentialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described in {@code message}. */
    public CredentialException(String message) {
        super(message);
    }

    /** A problem described in {@code message}, caused by {@code cause} (such as an I/O error). */
    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
