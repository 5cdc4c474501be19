package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.iamuser.generated.api.LookupsApi;
import io.github.iamuser.generated.api.UsersApi;
import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.grants.GrantsApi;
import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.IamUserSummary;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.util.List;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The client's calls, each through the generated Retrofit interface of the client's API version (the
 * one place where the version picks v2's or v3's generated code), run with {@code call.execute()}; also
 * the calls a safe update makes. The lookups answer with v2's models in either version (the two
 * specs describe them alike). Role assignments, notifications, groups and roles are v3's only.
 */
final class VersionedCalls implements GrantsApi {
    private final ApiVersion version;
    private final ResponseErrors errors;
    private final Gson gson;
    final UsersApi users;
    final LookupsApi lookups;
    final io.github.iamuser.generated.v3.api.UsersApi usersV3;
    final io.github.iamuser.generated.v3.api.LookupsApi lookupsV3;

    private final okhttp3.OkHttpClient http;

    VersionedCalls(ApiVersion version, ClientStack stack, ResponseErrors errors) {
        this.http = stack.http;
        this.version = version;
        this.errors = errors;
        this.gson = stack.gson;
        this.users = stack.retrofit.create(UsersApi.class);
        this.lookups = stack.retrofit.create(LookupsApi.class);
        this.usersV3 = stack.retrofit.create(io.github.iamuser.generated.v3.api.UsersApi.class);
        this.lookupsV3 = stack.retrofit.create(io.github.iamuser.generated.v3.api.LookupsApi.class);
    }

    @Override
    public ApiVersion version() {
        return version;
    }

    /** GETs a user, all three flags sent (see {@link GetUserOptions}). */
    @Override
    public IamUser getUser(String uiIdentityId, GetUserOptions include, String key) {
        requireText("uiIdentityId", uiIdentityId);
        return version == ApiVersion.V2
                ? execute(users.getUser(
                        uiIdentityId, include.notifications(), include.actions(), include.authGrants(), key))
                : execute(usersV3.getUser(
                        uiIdentityId, include.actions(), include.authGrants(), include.notifications(), key));
    }

    IamUser getUser(String uiIdentityId, String key) {
        return getUser(uiIdentityId, GetUserOptions.none(), key);
    }

    /** Lists the users of the account, of one group when {@code groupId} is not null, without the optional members. */
    List<IamUserSummary> listUsers(Long groupId, String key) {
        requireGroup(groupId);
        return List.copyOf(
                version == ApiVersion.V2
                        ? execute(users.listUsers(groupId, false, false, key))
                        : execute(usersV3.listUsers(groupId, false, false, key)));
    }

    /**
     * The ids of the users {@link #listUsers} lists, read from the answer as it arrives and nothing else kept
     * (an export of 100,000 users holds 100,000 ids, not their summaries and the whole answer).
     */
    List<String> listUserIds(Long groupId, String key) {
        requireGroup(groupId);
        Call<?> call = version == ApiVersion.V2
                ? users.listUsers(groupId, false, false, key)
                : usersV3.listUsers(groupId, false, false, key);
        Request sent = call.request();
        try (okhttp3.Response response = http.newCall(sent).execute()) {
            if (!response.isSuccessful()) {
                throw errors.fromResponse(response, response.body());
            }
            try {
                return JsonResponseConverterFactory.uiIdentityIds(
                        response.body().charStream());
            } catch (JsonResponseConverterFactory.NotTheExpectedJson e) {
                throw errors.unexpectedBody(sent, e, false);
            }
        } catch (IOException e) {
            throw errors.noResponse(sent, e, false);
        }
    }

    /** PUTs a profile body already made and checked (a safe update's, a raw replace's) as it is. */
    IamUser replaceProfile(String uiIdentityId, ProfileBody body, String key) {
        requireText("uiIdentityId", uiIdentityId);
        Object carrier = ProfileBodyConverterFactory.carrying(body, version);
        return version == ApiVersion.V2
                ? execute(users.updateUserProfile(uiIdentityId, (UserProfileUpdate) carrier, key))
                : execute(usersV3.updateUserProfile(
                        uiIdentityId, (io.github.iamuser.generated.v3.model.UserProfileUpdate) carrier, key));
    }

    /**
     * The raw full replace of a caller's profile (a generated {@code UserProfileUpdate} of either version),
     * serialized once and checked whole against the client's version (a profile of the other version is
     * refused) before it is sent.
     */
    IamUser replaceWholeProfile(String uiIdentityId, Object profile, String key) {
        if (profile == null) {
            throw new IllegalArgumentException("profile is null: pass the complete profile to send"
                    + " (read the user, change what you mean to change, send all 17 fields back).");
        }
        return replaceProfile(
                uiIdentityId, ProfileBody.valid(gson.toJsonTree(profile).getAsJsonObject(), version), key);
    }

    @Override
    public List<AuthGrant> replaceGrants(String uiIdentityId, List<AuthGrantRequest> grants, String key) {
        requireText("uiIdentityId", uiIdentityId);
        return execute(usersV3.updateUserAuthGrants(uiIdentityId, grants, v3Only("role assignments", key)));
    }

    @Override
    public Notifications replaceNotifications(String uiIdentityId, NotificationsUpdate notifications, String key) {
        requireText("uiIdentityId", uiIdentityId);
        return execute(usersV3.updateUserNotifications(uiIdentityId, notifications, v3Only("notifications", key)));
    }

    @Override
    public List<Group> groups(String key) {
        return execute(lookupsV3.listGroups(false, v3Only("groups", key)));
    }

    @Override
    public List<Role> roles(String key) {
        return execute(lookupsV3.listRoles(false, false, false, v3Only("roles", key)));
    }

    @Override
    public List<String> notificationProducts(String key) {
        return execute(lookupsV3.listNotificationProducts(v3Only("notification products", key)));
    }

    /** The key, once the client is known to speak v3: these operations are described for v3 only. */
    private String v3Only(String what, String key) {
        if (version != ApiVersion.V3) {
            throw new IllegalStateException("The " + what + " are read and written through IAM v3 only, and this"
                    + " client speaks " + version + ": build it with apiVersion(ApiVersion.V3) (command line:"
                    + " --api-version 3). Nothing was sent.");
        }
        return key;
    }

    /**
     * The values {@code field} accepts in the account, as JSON text: the lookup of contactType,
     * country, state (the states of {@code country}), preferredLanguage, timeZone or sessionTimeOut.
     */
    List<String> lookup(ProfileField field, String country, String key) {
        return switch (field) {
            case CONTACT_TYPE -> contactTypes(key);
            case COUNTRY -> countries(key);
            case STATE -> states(country, key);
            case PREFERRED_LANGUAGE -> supportedLanguages(key);
            case TIME_ZONE -> timeZones(key).stream().map(TimeZone::getTimezone).toList();
            case SESSION_TIME_OUT ->
                timeoutPolicies(key).stream()
                        .map(policy -> String.valueOf(policy.getValue()))
                        .toList();
            default -> throw new IllegalArgumentException(field.jsonName() + " has no lookup");
        };
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
                ? execute(lookups.listTimeoutPolicies(key))
                : asV2(execute(lookupsV3.listTimeoutPolicies(key)), new TypeToken<List<TimeoutPolicy>>() {});
    }

    List<TimeZone> timeZones(String key) {
        return version == ApiVersion.V2
                ? execute(lookups.listTimeZones(key))
                : asV2(execute(lookupsV3.listTimeZones(key)), new TypeToken<List<TimeZone>>() {});
    }

    /** Runs the call of the client's version (a Retrofit call is not sent until executed). */
    private List<String> strings(Call<List<String>> v2, Call<List<String>> v3) {
        return execute(version == ApiVersion.V2 ? v2 : v3);
    }

    private <T> T asV2(Object v3Response, TypeToken<T> v2Model) {
        return gson.fromJson(gson.toJsonTree(v3Response), v2Model.getType());
    }

    /**
     * Runs a call and returns its body, or throws the exception that says what went wrong; a request
     * that cannot be signed as sent is an {@link IllegalArgumentException} (nothing was sent).
     */
    private <T> T execute(Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonResponseConverterFactory.NotTheExpectedJson e) {
            throw errors.unexpectedBody(call.request(), e, call.isCanceled());
        } catch (RequestNotSignedException e) {
            throw new IllegalArgumentException(e.getMessage() + " Nothing was sent.", e);
        } catch (IOException e) {
            throw errors.noResponse(call.request(), e, call.isCanceled());
        }
        if (!response.isSuccessful()) {
            throw errors.fromResponse(response.raw(), response.errorBody());
        }
        if (response.body() == null) {
            throw errors.unexpectedBody(
                    call.request(),
                    new JsonResponseConverterFactory.NotTheExpectedJson("", "the body is empty or null", null),
                    false);
        }
        return response.body();
    }

    private static void requireGroup(Long groupId) {
        if (groupId != null && groupId < 1) {
            throw new IllegalArgumentException("groupId " + groupId + " is not a group's id: group ids are whole"
                    + " numbers from 1 (command line: --group), such as 12345. Nothing was sent.");
        }
    }

    /** Refuses, before anything is sent, a path argument that is blank, a dot segment, or has a control character or an outer space. */
    static void requireText(String name, String value) {
        String advice = ": pass the value exactly as the IAM API gives it (for a user, its uiIdentityId such as"
                + " A-B-1CDEFG); nothing was sent.";
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing or blank" + advice);
        }
        // A path segment: "." and ".." would change the path, and no identifier holds these characters.
        if (value.equals(".")
                || value.equals("..")
                || !value.equals(value.strip())
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name
                    + " must not be '.' or '..', nor hold a control character or a space at" + " either end" + advice);
        }
    }
}
