package io.github.iamuser.generated.api;

import io.github.iamuser.generated.CollectionFormats.*;

import retrofit2.Call;
import retrofit2.http.*;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.MultipartBody;

import io.github.iamuser.generated.model.Problem;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.model.UserSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface UsersApi {
  /**
   * Get a user
   * Returns a user&#39;s profile and account details. The flags add optional members to the answer. Unknown members in the answer must be tolerated: the API adds members that no document lists. 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param notifications When true, the answer includes the user&#39;s email &#x60;notifications&#x60; settings. Required by Akamai&#39;s reference: send it on every call, &#x60;false&#x60; when the settings are not wanted.  (required)
   * @param actions When true, the answer includes the &#x60;actions&#x60; the caller may take on the user. Optional in Akamai&#39;s reference; clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param authGrants When true, the answer includes the user&#39;s role assignments (&#x60;authGrants&#x60;). Optional in Akamai&#39;s reference; clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;User&gt;
   */
  @GET("identity-management/v2/user-admin/ui-identities/{uiIdentityId}")
  Call<User> getUser(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Query("notifications") Boolean notifications, @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("authGrants") Boolean authGrants, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List users
   * Returns every user who has access to the account, as summaries: identity, names, email, login name, account, last login and the two-factor and lock flags. The summaries do not hold the rest of the profile (addresses, phones, lookup-valued fields): get each user for those. &#x60;groupId&#x60; narrows the list to the users of one group; the flags add optional members to each summary. 
   * @param groupId Lists only the users who have a role on this group (a group&#39;s numeric identifier). (optional)
   * @param authGrants When true, each summary includes the user&#39;s role assignments (&#x60;authGrants&#x60;). (optional, default to false)
   * @param actions When true, each summary includes the &#x60;actions&#x60; the caller may take on the user. (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;UserSummary&gt;&gt;
   */
  @GET("identity-management/v2/user-admin/ui-identities")
  Call<List<UserSummary>> listUsers(
    @retrofit2.http.Query("groupId") Long groupId, @retrofit2.http.Query("authGrants") Boolean authGrants, @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * Update a user&#39;s profile
   * Replaces the profile (basic information) of a user. **This is a full replace:** every one of the 17 keys of &#x60;UserProfileUpdate&#x60; must be present, including those you are not changing, or the server erases the missing fields. Write \&quot;no value\&quot; as &#x60;\&quot;\&quot;&#x60;. Response-only members of &#x60;User&#x60; (such as &#x60;uiIdentityId&#x60;) must not be sent. The safe way to call it is read-modify-write: get the user, change what you mean to change, and send the complete profile back. 
   * @param uiIdentityId The user&#39;s unique identifier (&#x60;uiIdentityId&#x60;), for example &#x60;A-B-1CDEFG&#x60;. (required)
   * @param userProfileUpdate The complete profile. Every key is required; see \&quot;How no value is written\&quot;. (required)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;User&gt;
   */
  @Headers({
    "Content-Type:application/json"
  })
  @PUT("identity-management/v2/user-admin/ui-identities/{uiIdentityId}/basic-info")
  Call<User> updateUserProfile(
    @retrofit2.http.Path("uiIdentityId") String uiIdentityId, @retrofit2.http.Body UserProfileUpdate userProfileUpdate, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

}
