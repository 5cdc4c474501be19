package io.github.iamuser.profile;

/**
 * A user as either version's list of users gives it: the generated {@code UserSummary} of v2 or v3, which
 * both implement it (the specs' {@code x-implements}); cast to the version's {@code UserSummary} for the
 * rest, such as v3's {@code getAdditionalAuthentication()}.
 */
public interface IamUserSummary {
    /** The user's unique identifier. */
    String getUiIdentityId();

    /** The user's login name. */
    String getUiUserName();

    String getAccountId();

    String getFirstName();

    String getLastName();

    /** The email address, the login identity. */
    String getEmail();

    /** When the user last signed in, as the server wrote it. */
    String getLastLoginDate();

    /** Whether two-factor authentication is on. */
    Boolean getTfaEnabled();

    /** Whether the user has set up two-factor authentication. */
    Boolean getTfaConfigured();

    Boolean getIsLocked();
}
