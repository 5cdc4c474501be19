package io.github.iamuser;

import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.profile.Field;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileApi;
import java.util.List;

/** The calls a safe profile update makes, answered by an {@link IamClient}. */
final class ClientProfileApi implements ProfileApi {
    private final IamClient client;

    ClientProfileApi(IamClient client) {
        this.client = client;
    }

    @Override
    public ApiVersion version() {
        return client.apiVersion();
    }

    @Override
    public IamUser getUser(String uiIdentityId, String key) {
        return client.getUser(uiIdentityId, options(key));
    }

    @Override
    public IamUser replaceProfile(String uiIdentityId, JsonObject profile, String key) {
        return client.put(uiIdentityId, profile, options(key));
    }

    @Override
    public List<String> lookup(Field field, String country, String key) {
        Lookups lookups = client.lookups();
        return switch (field) {
            case CONTACT_TYPE -> lookups.contactTypes(options(key));
            case COUNTRY -> lookups.countries(options(key));
            case STATE -> lookups.states(country, options(key));
            case PREFERRED_LANGUAGE -> lookups.supportedLanguages(options(key));
            case TIME_ZONE ->
                lookups.timeZones(options(key)).stream()
                        .map(TimeZone::getTimezone)
                        .toList();
            case SESSION_TIME_OUT ->
                lookups.timeoutPolicies(options(key)).stream()
                        .map(policy -> String.valueOf(policy.getValue()))
                        .toList();
            default -> throw new IllegalArgumentException(field.jsonName() + " has no lookup");
        };
    }

    private static RequestOptions options(String key) {
        return key == null ? RequestOptions.none() : RequestOptions.forAccount(key);
    }
}
