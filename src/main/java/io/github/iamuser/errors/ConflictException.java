package io.github.iamuser.errors;

/** HTTP 409: the change conflicts with the user's current state on the server. */
public class ConflictException extends IamException {
  private static final long serialVersionUID = 1L;

  /** Builds the exception from the failed request. */
  public ConflictException(FailedRequest request) {
    super(describe(request, "Read the user again, apply your change to what the server holds now,"
        + " and send it again."), request, null);
  }
}
