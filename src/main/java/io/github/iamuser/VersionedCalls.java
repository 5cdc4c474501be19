package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.github.iamuser.generated.api.LookupsApi;
import io.github.iamuser.generated.api.UsersApi;
import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.IamUserSummary;
import java.util.List;
import java.util.Objects;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The client's calls, each through the generated Retrofit interface of the client's API version: the
 * one place where the version picks v2's or v3's generated code. The lookups answer with v2's models
 * in either version (the two specs describe them alike).
 */
final class VersionedCalls {
    private final ApiVersion version;
    private final CallExecutor calls;
    private final Gson gson;
    private final UsersApi users;
    private final LookupsApi lookups;
    private final io.github.iamuser.generated.v3.api.UsersApi usersV3;
    private final io.github.iamuser.generated.v3.api.LookupsApi lookupsV3;

    VersionedCalls(ApiVersion version, Retrofit retrofit, CallExecutor calls, Gson gson) {
        this.version = version;
        this.calls = calls;
        this.gson = gson;
        this.users = retrofit.create(UsersApi.class);
        this.lookups = retrofit.create(LookupsApi.class);
        this.usersV3 = retrofit.create(io.github.iamuser.generated.v3.api.UsersApi.class);
        this.lookupsV3 = retrofit.create(io.github.iamuser.generated.v3.api.LookupsApi.class);
    }

    ApiVersion version() {
        return version;
    }

    /** The account switch key the options give, or null (the client's default). */
    static String key(RequestOptions options) {
        return Objects.requireNonNull(options, "options").accountSwitchKey().orElse(null);
    }

    /** v2's generated user operations, on the client's stack. */
    UsersApi usersV2() {
        return users;
    }

    /** v2's generated lookups, on the client's stack. */
    LookupsApi lookupsV2() {
        return lookups;
    }

    /** GETs a user, all three flags sent ({@code false} unless asked for). */
    IamUser getUser(String uiIdentityId, GetUserOptions include, String key) {
        return version == ApiVersion.V2
                ? calls.execute(users.getUser(
                        uiIdentityId, include.notifications(), include.actions(), include.authGrants(), key))
                : calls.execute(usersV3.getUser(
                        uiIdentityId, include.actions(), include.authGrants(), include.notifications(), key));
    }

    /** Lists the users of the account, of one group when {@code groupId} is not null, without the optional members. */
    List<IamUserSummary> listUsers(Long groupId, String key) {
        return List.copyOf(
                version == ApiVersion.V2
                        ? calls.execute(users.listUsers(groupId, false, false, key))
                        : calls.execute(usersV3.listUsers(groupId, false, false, key)));
    }

    /** PUTs a checked profile, as the model handed to Retrofit made from the checked JSON. */
    IamUser putProfile(String uiIdentityId, JsonObject checked, String key) {
        IamClient.requireText("uiIdentityId", uiIdentityId);
        return version == ApiVersion.V2
                ? calls.execute(
                        users.updateUserProfile(uiIdentityId, gson.fromJson(checked, UserProfileUpdate.class), key))
                : calls.execute(usersV3.updateUserProfile(
                        uiIdentityId,
                        gson.fromJson(checked, io.github.iamuser.generated.v3.model.UserProfileUpdate.class),
                        key));
    }

    List<String> contactTypes(String key) {
        return strings(lookups.listContactTypes(key), lookupsV3.listContactTypes(key));
    }

    List<String> countries(String key) {
        return strings(lookups.listCountries(key), lookupsV3.listCountries(key));
    }

    List<String> states(String country, String key) {
        return strings(lookups.listStates(country, key), lookupsV3.listStates(country, key));
    }

    List<String> supportedLanguages(String key) {
        return strings(lookups.listSupportedLanguages(key), lookupsV3.listSupportedLanguages(key));
    }

    List<TimeoutPolicy> timeoutPolicies(String key) {
        return version == ApiVersion.V2
                ? calls.execute(lookups.listTimeoutPolicies(key))
                : asV2(calls.execute(lookupsV3.listTimeoutPolicies(key)), new TypeToken<List<TimeoutPolicy>>() {});
    }

    List<TimeZone> timeZones(String key) {
        return version == ApiVersion.V2
                ? calls.execute(lookups.listTimeZones(key))
                : asV2(calls.execute(lookupsV3.listTimeZones(key)), new TypeToken<List<TimeZone>>() {});
    }

    /** Runs the call of the client's version (a Retrofit call is not sent until executed). */
    private List<String> strings(Call<List<String>> v2, Call<List<String>> v3) {
        return calls.execute(version == ApiVersion.V2 ? v2 : v3);
    }

    private <T> T asV2(Object v3Answer, TypeToken<T> v2Model) {
        return gson.fromJson(gson.toJsonTree(v3Answer), v2Model.getType());
    }
}
