package io.github.iamuser.errors;

/** HTTP 401: the server did not accept the request's EdgeGrid signature or tokens. */
public class AuthenticationException extends IamException {
    /** The exception for the failed {@code call}. */
    public AuthenticationException(FailedCall call) {
        super(
                call,
                "Check the credential: host, client_token, access_token and client_secret must all"
                        + " come from the same API client, and this machine's clock must be right (signatures carry"
                        + " a timestamp the server checks).");
    }
}
