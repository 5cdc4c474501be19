package io.github.iamuser.errors;

/** HTTP 404: no such user (or lookup) in the account the call ran in. */
public class NotFoundException extends IamException {
  private static final long serialVersionUID = 1L;

  /** Builds the exception from the failed request. */
  public NotFoundException(FailedRequest request) {
    super(describe(request, "Check the id (uiIdentityId) and that the account switch key selects"
        + " the account the user belongs to."), request, null);
  }
}
