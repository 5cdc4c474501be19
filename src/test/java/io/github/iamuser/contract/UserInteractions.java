package io.github.iamuser.contract;

import static io.github.iamuser.contract.SignedRequests.json;
import static io.github.iamuser.contract.SignedRequests.signed;
import static io.github.iamuser.contract.SignedRequests.signedJson;
import static io.github.iamuser.contract.SignedRequests.userState;

import io.github.iamuser.contract.ExampleUsers.ExampleUser;

/** The interactions of a read-modify-write: the GET of a user, and the PUT of the complete profile. */
final class UserInteractions {
  private UserInteractions() {
  }

  /** GET of a user (no optional members) in the account of the switch key (null: own account). */
  static ContractInteraction getUser(String state, ExampleUser user, String accountSwitchKey) {
    return new ContractInteraction("a request for user " + user.uiIdentityId(), interaction -> interaction
        .state(state, userState(user.uiIdentityId(), accountSwitchKey))
        .withRequest(request -> signed(request, "GET", "/ui-identities/" + user.uiIdentityId(),
            accountSwitchKey))
        .willRespondWith(response -> json(response, 200, ProfileBody.user(user))));
  }

  /**
   * PUT of {@code updated}'s complete profile (every key; lookup values by value set; "no value"
   * exactly {@code ""}), answered with the updated user.
   */
  static ContractInteraction replaceProfile(String state, ExampleUser updated, String accountSwitchKey,
      String change) {
    return new ContractInteraction("a complete profile update of user " + updated.uiIdentityId()
        + " (" + change + ")", interaction -> interaction
        .state(state, userState(updated.uiIdentityId(), accountSwitchKey))
        .withRequest(request -> signedJson(request, "PUT",
            "/ui-identities/" + updated.uiIdentityId() + "/basic-info", accountSwitchKey,
            ProfileBody.request(updated.profile())))
        .willRespondWith(response -> json(response, 200, ProfileBody.user(updated))));
  }
}
