package io.github.iamuser.errors;

/** HTTP 404: no such user (or lookup) in the account the call ran in. */
public class NotFoundException extends IamException {
    /** The exception for the failed {@code call}. */
    public NotFoundException(FailedCall call) {
        super(
                call,
                call.path().contains("/ui-identities/")
                        ? "Check the id (uiIdentityId) and that the account switch key selects the account the user"
                                + " belongs to."
                        : "Check the values in the path (such as the country, spelled as the countries lookup"
                                + " gives it) and the account switch key.");
    }
}
