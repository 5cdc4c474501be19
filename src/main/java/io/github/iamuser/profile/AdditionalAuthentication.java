package io.github.iamuser.profile;

/**
 * The values of IAM v3's {@code additionalAuthentication}, the check a user passes at sign-in after the
 * password; v2's {@code tfaEnabled: true} is {@link #TFA}, {@code false} is {@link #NONE}.
 */
public enum AdditionalAuthentication {
    /** Two-factor authentication (a code by email or an authenticator app). */
    TFA,
    /** Akamai MFA (push notifications, security keys, and the like); IAM v3 only. */
    MFA,
    /** No check after the password. */
    NONE
}
