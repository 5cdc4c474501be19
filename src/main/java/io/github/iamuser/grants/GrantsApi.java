package io.github.iamuser.grants;

import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.IamUser;
import java.util.List;

/** The API calls the safe updates of role assignments and notifications make (null key: the client's own account); {@code IamClient} provides them. */
public interface GrantsApi {
    /** The version of IAM the calls speak; these updates need v3. */
    ApiVersion version();

    /** GETs the user with the optional members {@code include} asks for. */
    IamUser getUser(String uiIdentityId, GetUserOptions include, String accountSwitchKey);

    /** PUTs the user's whole role assignments and returns them as stored. */
    List<AuthGrant> replaceGrants(String uiIdentityId, List<AuthGrantRequest> grants, String accountSwitchKey);

    /** PUTs the user's whole notification settings and returns them as stored. */
    Notifications replaceNotifications(String uiIdentityId, NotificationsUpdate notifications, String accountSwitchKey);

    /** The account's groups, as a tree. */
    List<Group> groups(String accountSwitchKey);

    /** The account's roles. */
    List<Role> roles(String accountSwitchKey);

    /** The product names notifications accept. */
    List<String> notificationProducts(String accountSwitchKey);
}
