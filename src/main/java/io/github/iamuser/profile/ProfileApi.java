package io.github.iamuser.profile;

import io.github.iamuser.generated.model.User;

/** The two API calls a read-modify-write needs, plus the lookups; {@code IamClient} provides them. */
public interface ProfileApi extends LookupSource {
    /** GETs the user (null key: the client's default account). */
    User getUser(String uiIdentityId, String accountSwitchKey);

    /** PUTs the complete profile and returns the server's answer. */
    User replaceProfile(String uiIdentityId, ProfileBody body, String accountSwitchKey);
}
