package io.github.iamuser.contract;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.testkit.TestClients;
import java.util.Map;

/**
 * Sets up the provider states a contract names in an {@link IamSandbox}, through its own API of the
 * contract's version: a profile is seeded with a signed, complete PUT, exactly as a client would write it.
 */
final class SandboxStates {
    private static final Gson GSON = new Gson();
    private final IamSandbox sandbox;
    private final IamClient client;

    /** Sets up states in {@code sandbox} through its {@code version} API, signing with its credential. */
    SandboxStates(IamSandbox sandbox, ApiVersion version) {
        this.sandbox = sandbox;
        this.client = TestClients.builder(sandbox, version)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /**
     * Gives the user the state parameters name (own account when they name no
     * {@code accountSwitchKey}) the profile of the sandbox's own-account user {@code templateUser},
     * unless it already has it.
     */
    void copyProfile(String templateUser, Map<String, Object> params) {
        ApiVersion version = client.apiVersion();
        JsonObject profile = ProfileField.profileOf(sandbox.user(null, templateUser), version);
        if (profile.equals(ProfileField.profileOf(user(params), version))) {
            return;
        }
        String key = accountSwitchKey(params);
        IamClient inAccount = client.withAccountSwitchKey(key);
        if (version == ApiVersion.V2) {
            inAccount.replaceProfile(uiIdentityId(params), GSON.fromJson(profile, UserProfileUpdate.class));
        } else {
            inAccount.replaceProfile(
                    uiIdentityId(params),
                    GSON.fromJson(profile, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));
        }
    }

    /** The user the state parameters name, as the sandbox holds it; throws when there is none. */
    JsonObject user(Map<String, Object> params) {
        return sandbox.user(accountSwitchKey(params), uiIdentityId(params));
    }

    private static String uiIdentityId(Map<String, Object> params) {
        Object id = params.get(IamContract.UI_IDENTITY_ID);
        if (id == null) {
            throw new IllegalArgumentException("the provider state names no " + IamContract.UI_IDENTITY_ID + " (got "
                    + params + "): the consumer test must give the user the state is about.");
        }
        return id.toString();
    }

    private static String accountSwitchKey(Map<String, Object> params) {
        Object key = params.get(IamContract.ACCOUNT_SWITCH_KEY);
        return key == null ? null : key.toString();
    }
}
