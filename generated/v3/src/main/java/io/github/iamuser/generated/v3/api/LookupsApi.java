package io.github.iamuser.generated.v3.api;

import io.github.iamuser.generated.v3.CollectionFormats.*;

import retrofit2.Call;
import retrofit2.http.*;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.MultipartBody;

import io.github.iamuser.generated.v3.model.Problem;
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
