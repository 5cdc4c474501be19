package io.github.iamuser;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import java.util.List;

/** The API calls a safe profile update makes (null key: the client's own account); {@code IamClient} provides them. */
interface ProfileApi {
    /** The version of IAM the calls speak: its paths and its profile fields. */
    ApiVersion version();

    /** GETs the user. */
    IamUser getUser(String uiIdentityId, String accountSwitchKey);

    /** PUTs the complete profile, already checked, and returns the server's answer. */
    IamUser replaceProfile(String uiIdentityId, JsonObject profile, String accountSwitchKey);

    /**
     * The values {@code field} accepts in the account, as JSON text: the lookup of contactType,
     * country, state (the states of {@code country}), preferredLanguage, timeZone or sessionTimeOut.
     */
    List<String> lookup(ProfileField field, String country, String accountSwitchKey);
}
