package io.github.iamuser.profile;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;

/**
 * A user as either version of IAM answers it: the generated {@code User} of v2
 * ({@code io.github.iamuser.generated.model.User}) or of v3
 * ({@code io.github.iamuser.generated.v3.model.User}), which both implement it (the specs' {@code x-implements}).
 * It offers the members the two share; cast to the version's {@code User} for the others, such as v3's
 * {@code getAdditionalAuthentication()}. A client answers with the {@code User} of its {@link
 * io.github.iamuser.options.ApiVersion}.
 */
public interface IamUser {
    /** The user's unique identifier. */
    String getUiIdentityId();

    /** The user's login name. */
    String getUiUserName();

    String getAccountId();

    Boolean getIsLocked();

    /** When the user last signed in, as the server wrote it. */
    String getLastLoginDate();

    /** When the user's password expires, as the server wrote it. */
    String getPasswordExpiryDate();

    String getFirstName();

    String getLastName();

    /** The email address, the login identity. */
    String getEmail();

    String getSecondaryEmail();

    /** The phone number as stored. */
    String getPhone();

    /** The mobile phone number as stored. */
    String getMobilePhone();

    String getJobTitle();

    String getAddress();

    String getCity();

    /** The state or province. */
    String getState();

    /** The postal code. */
    String getZipCode();

    String getCountry();

    String getContactType();

    String getPreferredLanguage();

    String getTimeZone();

    /** Seconds of inactivity before sign-out. */
    Integer getSessionTimeOut();

    /** Whether two-factor authentication is on (v2's profile field; in v3 answers, additionalAuthentication is TFA). */
    Boolean getTfaEnabled();

    /** The profile fields of this user's version as JSON, in spec order, absent text as {@code ""}: what a safe update starts from. */
    default JsonObject profile() {
        ApiVersion version = this instanceof io.github.iamuser.generated.v3.model.User ? ApiVersion.V3 : ApiVersion.V2;
        return ProfileField.profileOf(new Gson().toJsonTree(this).getAsJsonObject(), version);
    }
}
