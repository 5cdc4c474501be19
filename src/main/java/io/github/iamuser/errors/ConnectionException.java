package io.github.iamuser.errors;

import java.io.IOException;

/**
 * No usable answer came: the connection failed, timed out, or was interrupted, so there is no
 * status; the cause is the underlying {@link IOException}.
 */
public class ConnectionException extends IamException {
    /** {@code host} is where the request went; {@code advice} says what to check. */
    public ConnectionException(FailedCall call, String host, IOException cause, String advice) {
        super(
                call.method() + " " + call.path() + " to " + host + " got no answer ("
                        + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "). " + advice,
                call,
                cause);
    }
}
