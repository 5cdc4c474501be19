package io.github.iamuser.errors;

/** HTTP 409: the change conflicts with the user's current state on the server. */
public class ConflictException extends IamException {
    /** The exception for the failed {@code call}. */
    public ConflictException(FailedCall call) {
        super(call, "Read the user again, apply your change to what the server holds now, and send it again.");
    }
}
