package io.github.iamuser.generated.v3.api;

import io.github.iamuser.generated.v3.CollectionFormats.*;

import retrofit2.Call;
import retrofit2.http.*;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.MultipartBody;

import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.generated.v3.model.Problem;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.generated.v3.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.UserSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface UsersApi {
  /**
   * Get a user
   * Returns a user&#39;s profile and account details. The flags add optional members to the answer. Unknown members in the answer must be tolerated: the API adds members that no document lists (such as &#x60;userStatus&#x60;). 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param actions When true, the answer includes the &#x60;actions&#x60; the caller may take on the user. Optional in Akamai&#39;s reference; clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param authGrants When true, the answer includes the user&#39;s role assignments (&#x60;authGrants&#x60;). Optional in Akamai&#39;s reference; clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param notifications When true, the answer includes the user&#39;s email &#x60;notifications&#x60; settings. Optional in Akamai&#39;s v3 reference (v2&#39;s requires it); clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;User&gt;
   */
  @GET("identity-management/v3/user-admin/ui-identities/{uiIdentityId}")
  Call<User> getUser(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("authGrants") Boolean authGrants, @retrofit2.http.Query("notifications") Boolean notifications, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List users
   * Returns the users of the account (or of one group), each as a summary: names, email, login name, account, multi-factor authentication and lock state, and on request the actions the caller may take and the user&#39;s role assignments. A summary has no address, phones or lookup-valued fields: read the user to update a profile. Unknown members in the answer must be tolerated. 
   * @param groupId Lists only the users of this group (a group&#39;s numeric identifier); without it, every user of the account. (optional)
   * @param actions When true, each summary includes the &#x60;actions&#x60; the caller may take on the user. Clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param authGrants When true, each summary includes the user&#39;s role assignments (&#x60;authGrants&#x60;). Clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;UserSummary&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/ui-identities")
  Call<List<UserSummary>> listUsers(
    @retrofit2.http.Query("groupId") Long groupId, @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("authGrants") Boolean authGrants, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * Update a user&#39;s role assignments
   * Replaces the user&#39;s role assignments (&#x60;authGrants&#x60;) whole. **This is a full replace:** a group left out loses the user&#39;s role on it, a subgroup left out of &#x60;subGroups&#x60; loses its own role, and an account-level role left out is taken away. The list needs at least one item, and a user needs at least one group role. Build the body from a GET of the user with &#x60;authGrants&#x3D;true&#x60;, translated to this request&#39;s form (see &#x60;AuthGrantRequest&#x60;): ids only (no names or descriptions), &#x60;roleId&#x60; of 1 or more, or &#x60;null&#x60; for no role of the group&#39;s own (a blocked group reads back with &#x60;roleId: -1&#x60;, which this request refuses). 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param authGrantRequest Every role assignment the user is to have; whatever is left out is taken away. (required)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;AuthGrant&gt;&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("identity-management/v3/user-admin/ui-identities/{uiIdentityId}/auth-grants")
  Call<List<AuthGrant>> updateUserAuthGrants(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Body List<AuthGrantRequest> authGrantRequest, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * Update a user&#39;s email notifications
   * Replaces the user&#39;s email notification settings whole. **This is a full replace:** a product left out of &#x60;proactive&#x60; or &#x60;upgrade&#x60; is unsubscribed, so an empty list unsubscribes the user from every product. Build the body from a GET of the user with &#x60;notifications&#x3D;true&#x60; and change only what you mean to change. 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param notificationsUpdate The whole notification settings; a product left out is unsubscribed. (required)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;Notifications&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("identity-management/v3/user-admin/ui-identities/{uiIdentityId}/notifications")
  Call<Notifications> updateUserNotifications(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Body NotificationsUpdate notificationsUpdate, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * Update a user&#39;s profile
   * Replaces the profile (basic information) of a user. **This is a full replace:** every field that holds a value must be sent, including those you are not changing, or the server erases it. \&quot;No value\&quot; is written by leaving the key out (Akamai&#39;s v3 reference refuses &#x60;\&quot;\&quot;&#x60; for the optional text fields), so a body built from only the fields you change erases all the others. Response-only members of &#x60;User&#x60; (such as &#x60;uiIdentityId&#x60;) must not be sent. The safe way to call it is read-modify-write: get the user, change what you mean to change, and send the complete profile back. 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param userProfileUpdate The whole profile. Every field with a value; a field left out is erased. (required)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;User&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("identity-management/v3/user-admin/ui-identities/{uiIdentityId}/basic-info")
  Call<User> updateUserProfile(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Body UserProfileUpdate userProfileUpdate, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

}
