package io.github.iamuser.errors;

/** HTTP 403: the API client is authenticated but may not do this, or not in this account. */
public class ForbiddenException extends IamException {
    /** The exception for the failed {@code call}. */
    public ForbiddenException(FailedCall call) {
        super(
                call,
                "Check the API client's grants in Akamai Control Center (Identity and Access"
                        + " Management > API clients: it needs the IAM API, READ-WRITE to update users) and that the"
                        + " account switch key, if any, is one this API client may use.");
    }
}
