package io.github.iamuser.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.Loopback;

/** {@link Loopback#USER_JSON} as a server of each IAM version answers it, and the option that picks the version. */
final class LoopbackUser {
    private LoopbackUser() {}

    /**
     * The user as {@code version} answers it: v3 adds {@code additionalAuthentication} (and whether it is
     * configured) and still reports v2's {@code tfaEnabled}; v2 has no v3 member.
     */
    static JsonObject of(ApiVersion version) {
        JsonObject user = JsonParser.parseString(Loopback.USER_JSON).getAsJsonObject();
        if (version == ApiVersion.V3) {
            user.addProperty("additionalAuthentication", "TFA");
            user.addProperty("additionalAuthenticationConfigured", true);
        }
        return user;
    }

    /** The {@code --api-version} value that selects {@code version}. */
    static String option(ApiVersion version) {
        return String.valueOf(version.number());
    }
}
