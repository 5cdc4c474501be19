package io.github.iamuser.contract;

import static io.github.iamuser.contract.SignedRequests.json;
import static io.github.iamuser.contract.SignedRequests.signedJson;
import static io.github.iamuser.contract.SignedRequests.userState;

import io.github.iamuser.contract.ExampleUsers.ExampleUser;

/** The interactions of a read-modify-write: the GET of a user, and the PUT of the complete profile. */
final class UserInteractions {
    /** The job title the safe update of the US user sets. */
    static final String NEW_JOB_TITLE = "Chief Technology Officer";

    /** The last name the safe update of the user without state or ZIP code sets. */
    static final String NEW_LAST_NAME = "Murray Hopper";

    private UserInteractions() {}

    /** The safe update of the US user's job title, in the example account: GET, then PUT (v2). */
    static ContractInteraction[] safeUpdateOfUsUser() {
        return safeUpdateOfUsUser(ExampleUsers.US_USER);
    }

    /** The safe update of the job title of {@code user}, with a complete US profile of either version: GET, then PUT. */
    static ContractInteraction[] safeUpdateOfUsUser(ExampleUser user) {
        ExampleUser updated = user.with(user.profile().with("jobTitle", NEW_JOB_TITLE));
        return new ContractInteraction[] {
            getUser(IamContract.US_PROFILE_STATE, user, ExampleUsers.ACCOUNT_SWITCH_KEY),
            replaceProfile(IamContract.US_PROFILE_STATE, updated, ExampleUsers.ACCOUNT_SWITCH_KEY, "new job title")
        };
    }

    /**
     * The safe update of the US user in v3 that sets the job title and clears the mobile phone, in the example
     * account: GET, then a PUT that leaves mobilePhone out (v3's "no value").
     */
    static ContractInteraction[] safeUpdateOfUsUserClearingMobilePhone() {
        ExampleUser user = ExampleUsers.US_USER_V3;
        ExampleUser updated =
                user.with(user.profile().with("jobTitle", NEW_JOB_TITLE).with("mobilePhone", ""));
        return new ContractInteraction[] {
            getUser(IamContract.US_PROFILE_STATE, user, ExampleUsers.ACCOUNT_SWITCH_KEY),
            replaceProfile(
                    IamContract.US_PROFILE_STATE,
                    updated,
                    ExampleUsers.ACCOUNT_SWITCH_KEY,
                    "new job title, mobile phone cleared")
        };
    }

    /** The safe update of the last name of the user without state or ZIP code (own account): GET, then PUT (v2). */
    static ContractInteraction[] safeUpdateOfUserWithoutStateOrZip() {
        return safeUpdateOfUserWithoutStateOrZip(ExampleUsers.NO_STATE_USER);
    }

    /** The safe update of the last name of {@code user}, with no state or ZIP code, of either version: GET, then PUT. */
    static ContractInteraction[] safeUpdateOfUserWithoutStateOrZip(ExampleUser user) {
        ExampleUser updated = user.with(user.profile().with("lastName", NEW_LAST_NAME));
        return new ContractInteraction[] {
            getUser(IamContract.NO_STATE_NO_ZIP_STATE, user, null),
            replaceProfile(IamContract.NO_STATE_NO_ZIP_STATE, updated, null, "new last name")
        };
    }

    /**
     * GET of a user (no optional members) in the account of the switch key (null: own account). The
     * three flags are sent explicitly as {@code false}: Akamai's reference requires
     * {@code notifications}, and its Go SDK sends all three.
     */
    static ContractInteraction getUser(String state, ExampleUser user, String accountSwitchKey) {
        return new ContractInteraction(
                "a request for user " + user.uiIdentityId(),
                interaction -> interaction
                        .state(state, userState(user.uiIdentityId(), accountSwitchKey))
                        .withRequest(request -> SignedRequests.getUser(
                                request, user.profile().version(), user.uiIdentityId(), accountSwitchKey))
                        .willRespondWith(response -> json(response, 200, ProfileBody.user(user))));
    }

    /**
     * PUT of {@code updated}'s complete profile (every key; lookup values by value set; "no value"
     * exactly {@code ""}), answered with the updated user.
     */
    static ContractInteraction replaceProfile(
            String state, ExampleUser updated, String accountSwitchKey, String change) {
        return new ContractInteraction(
                "a complete profile update of user " + updated.uiIdentityId() + " (" + change + ")",
                interaction -> interaction
                        .state(state, userState(updated.uiIdentityId(), accountSwitchKey))
                        .withRequest(request -> signedJson(
                                request,
                                updated.profile().version(),
                                "PUT",
                                "/ui-identities/" + updated.uiIdentityId() + "/basic-info",
                                accountSwitchKey,
                                ProfileBody.request(updated.profile())))
                        .willRespondWith(response -> json(response, 200, ProfileBody.user(updated))));
    }
}
