package io.github.iamuser.profile;

import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.User;
import java.util.List;

/** The API calls a safe profile update makes (null key: the client's own account); {@code IamClient} provides them. */
public interface ProfileApi {
    /** GETs the user. */
    User getUser(String uiIdentityId, String accountSwitchKey);

    /** PUTs the complete profile, already checked, and returns the server's answer. */
    User replaceProfile(String uiIdentityId, JsonObject profile, String accountSwitchKey);

    /**
     * The values {@code field} accepts in the account, as JSON text: the lookup of contactType,
     * country, state (the states of {@code country}), preferredLanguage, timeZone or sessionTimeOut.
     */
    List<String> lookup(Field field, String country, String accountSwitchKey);
}
