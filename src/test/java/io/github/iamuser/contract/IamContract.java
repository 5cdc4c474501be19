package io.github.iamuser.contract;

import io.github.iamuser.options.ApiVersion;

/**
 * The parties, file locations and provider states of the Pact contracts between this library (the
 * consumer) and the IAM API v2 and v3 (a provider each), shared by the consumer tests and the provider
 * verifications.
 */
final class IamContract {
    /** The consumer: this library, whatever program uses it. */
    static final String CONSUMER = "akamai-iam-user";

    /** The provider: Akamai's IAM API v2, played locally by the sandbox. */
    static final String PROVIDER = "akamai-iam-v2";

    /** The other provider: Akamai's IAM API v3, played locally by the same sandbox. */
    static final String PROVIDER_V3 = "akamai-iam-v3";

    /** Where the consumer tests write the contract; committed, and CI fails when it drifts. */
    static final String DIRECTORY = "contracts";

    /** Where the broken consumers (and their controls) write: a throwaway folder, never {@link #DIRECTORY}. */
    static final String THROWAWAY_DIRECTORY = "target/broken-client-pacts";

    /** The path every user-admin operation of {@code version} starts with, such as {@code /identity-management/v2/user-admin}. */
    static String basePath(ApiVersion version) {
        return version.pathPrefix() + "user-admin";
    }

    /** State: the user {@code uiIdentityId} of account {@code accountSwitchKey} has a complete US profile. */
    static final String US_PROFILE_STATE = "a user with a complete US profile";

    /** State: the user {@code uiIdentityId} (own account) lives where there is neither state nor ZIP code. */
    static final String NO_STATE_NO_ZIP_STATE = "a user with neither state nor ZIP code";

    /** State: account {@code accountSwitchKey} has no user {@code uiIdentityId}. */
    static final String NO_SUCH_USER_STATE = "no such user";

    /** State: the API client has used up its rate limit, so the next request is refused with 429. */
    static final String RATE_LIMITED_STATE = "the rate limit is used up";

    /** State parameter: the user the state is about. */
    static final String UI_IDENTITY_ID = "uiIdentityId";

    /** State parameter: the account the state is about (absent: the API client's own account). */
    static final String ACCOUNT_SWITCH_KEY = "accountSwitchKey";

    private IamContract() {}
}
