package io.github.iamuser.options;

import java.util.Arrays;
import java.util.Optional;

/**
 * The version of the IAM API a client speaks, chosen once on its builder ({@code
 * IamClient.builder().apiVersion(ApiVersion.V2)}; default {@link #V3}): its paths and its profile fields.
 * v3 is the version Akamai serves, with {@code additionalAuthentication} (TFA, MFA or NONE) in place of
 * v2's {@code tfaEnabled}; Akamai decommissioned v2 on 2025-09-30, and it stays here for whoever still
 * reaches it.
 */
public enum ApiVersion {
    /** IAM v2, {@code /identity-management/v2/}: the profile's 17th field is {@code tfaEnabled}. */
    V2(2),
    /** IAM v3, {@code /identity-management/v3/}: the profile's 17th field is {@code additionalAuthentication}. */
    V3(3);

    private final int number;

    ApiVersion(int number) {
        this.number = number;
    }

    /** The version's number: 2 or 3. */
    public int number() {
        return number;
    }

    /** The start of the version's paths, such as {@code /identity-management/v3/}. */
    public String pathPrefix() {
        return "/identity-management/v" + number + "/";
    }

    /** The version with this number (2 or 3), if there is one. */
    public static Optional<ApiVersion> of(int number) {
        return Arrays.stream(values()).filter(v -> v.number == number).findFirst();
    }

    /** The version whose paths {@code encodedPath} is one of, if any. */
    public static Optional<ApiVersion> ofPath(String encodedPath) {
        return Arrays.stream(values())
                .filter(v -> encodedPath.startsWith(v.pathPrefix()))
                .findFirst();
    }

    /** How messages name the version: {@code IAM v3}. */
    @Override
    public String toString() {
        return "IAM v" + number;
    }
}
