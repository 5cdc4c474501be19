package io.github.iamuser.errors;

/** HTTP 5xx: the request failed on Akamai's side (after any retries the policy allowed). */
public class ServerException extends IamException {
    /** The exception for the failed {@code call}. */
    public ServerException(FailedCall call) {
        super(
                call,
                "Try again later; if it persists, contact Akamai support with the method, path,"
                        + " time and any request id shown here.");
    }
}
