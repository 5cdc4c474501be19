package io.github.iamuser.errors;

import java.io.IOException;

/**
 * No usable answer came: the connection failed, timed out, or was interrupted; there is no status.
 * The cause is the underlying {@link IOException}.
 */
public class ConnectionException extends IamException {
  private static final long serialVersionUID = 1L;

  /**
   * Builds the exception; {@code host} is where the request went and {@code advice} says what to
   * check (the client names the timeouts in force).
   */
  public ConnectionException(FailedRequest request, String host, IOException cause, String advice) {
    super(request.method() + " " + request.path() + " to " + host + " got no answer ("
        + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "). " + advice,
        request, cause);
  }
}
