package io.github.iamuser;

import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.profile.ProfileApi;
import io.github.iamuser.profile.ProfileBody;
import java.util.List;

/** The calls a safe profile update makes, answered by an {@link IamClient}. */
final class ClientProfileApi implements ProfileApi {
    private final IamClient client;

    ClientProfileApi(IamClient client) {
        this.client = client;
    }

    @Override
    public User getUser(String uiIdentityId, String key) {
        return client.getUser(uiIdentityId, options(key));
    }

    @Override
    public User replaceProfile(String uiIdentityId, ProfileBody body, String key) {
        return client.put(uiIdentityId, body, options(key));
    }

    @Override
    public List<String> contactTypes(String key) {
        return client.lookups().contactTypes(options(key));
    }

    @Override
    public List<String> countries(String key) {
        return client.lookups().countries(options(key));
    }

    @Override
    public List<String> states(String country, String key) {
        return client.lookups().states(country, options(key));
    }

    @Override
    public List<String> supportedLanguages(String key) {
        return client.lookups().supportedLanguages(options(key));
    }

    @Override
    public List<Integer> sessionTimeOuts(String key) {
        return client.lookups().timeoutPolicies(options(key)).stream()
                .map(TimeoutPolicy::getValue)
                .toList();
    }

    @Override
    public List<String> timeZones(String key) {
        return client.lookups().timeZones(options(key)).stream()
                .map(TimeZone::getTimezone)
                .toList();
    }

    private static RequestOptions options(String key) {
        return key == null ? RequestOptions.none() : RequestOptions.forAccount(key);
    }
}
