package io.github.iamuser.generated.v3.api;

import io.github.iamuser.generated.v3.CollectionFormats.*;

import retrofit2.Call;
import retrofit2.http.*;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.MultipartBody;

import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Problem;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.generated.v3.model.TimeZone;
import io.github.iamuser.generated.v3.model.TimeoutPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface LookupsApi {
  /**
   * List contact types
   * The values that a profile&#39;s &#x60;contactType&#x60; accepts.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;String&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/contact-types")
  Call<List<String>> listContactTypes(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List countries
   * The values that a profile&#39;s &#x60;country&#x60; accepts.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;String&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/countries")
  Call<List<String>> listCountries(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List groups
   * The account&#39;s groups as a tree (each with its &#x60;subGroups&#x60;): the group ids that role assignments accept, and where each group sits. 
   * @param actions When true, each group includes the &#x60;actions&#x60; the caller may take on it. Clients send it explicitly (&#x60;false&#x60; unless wanted), as Akamai&#39;s Go SDK does.  (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;Group&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/groups")
  Call<List<Group>> listGroups(
    @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List notification products
   * The product names a user&#39;s &#x60;proactive&#x60; and &#x60;upgrade&#x60; notifications accept.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;String&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/notification-products")
  Call<List<String>> listNotificationProducts(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List roles
   * The roles of the account and contract type: the role ids that role assignments accept. Roles of type &#x60;account&#x60; are account-level roles, not group roles. 
   * @param actions When true, each role includes the &#x60;actions&#x60; the caller may take on it. Sent explicitly, &#x60;false&#x60; unless wanted. (optional, default to false)
   * @param ignoreContext When true, every role of the account, whatever the API client&#39;s contract type. Sent explicitly, &#x60;false&#x60; unless wanted. (optional, default to false)
   * @param users When true, each role lists the users who have it. Sent explicitly, &#x60;false&#x60; unless wanted. (optional, default to false)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;Role&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/roles")
  Call<List<Role>> listRoles(
    @retrofit2.http.Query("actions") Boolean actions, @retrofit2.http.Query("ignoreContext") Boolean ignoreContext, @retrofit2.http.Query("users") Boolean users, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List states or provinces of a country
   * The values that a profile&#39;s &#x60;state&#x60; accepts for the given country. Only &#x60;USA&#x60; (states) and &#x60;Canada&#x60; (provinces) have any; other countries answer an empty list. 
   * @param country A country exactly as the countries lookup spells it, such as &#x60;USA&#x60;. (required)
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;String&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/countries/{country}/states")
  Call<List<String>> listStates(
    @retrofit2.http.Path("country") String country, @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List supported languages
   * The values that a profile&#39;s &#x60;preferredLanguage&#x60; accepts.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;String&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/supported-languages")
  Call<List<String>> listSupportedLanguages(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List time zones
   * The values that a profile&#39;s &#x60;timeZone&#x60; accepts, in the &#x60;timezone&#x60; member.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;TimeZone&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/timezones")
  Call<List<TimeZone>> listTimeZones(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

  /**
   * List session timeout policies
   * The values, in seconds, that a profile&#39;s &#x60;sessionTimeOut&#x60; accepts.
   * @param accountSwitchKey Runs the call in another account that the API client may manage, such as &#x60;1-5C0YLB&#x60; or &#x60;1-5C0YLB:1-8BYUX&#x60;. Without it, the call runs in the API client&#39;s own account.  (optional)
   * @return Call&lt;List&lt;TimeoutPolicy&gt;&gt;
   */
  @GET("identity-management/v3/user-admin/common/timeout-policies")
  Call<List<TimeoutPolicy>> listTimeoutPolicies(
    @retrofit2.http.Query("accountSwitchKey") String accountSwitchKey
  );

}
