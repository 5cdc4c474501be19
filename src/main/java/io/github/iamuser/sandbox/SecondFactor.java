package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.util.List;

/**
 * How the sandbox keeps a user's v2 {@code tfaEnabled} and v3 {@code additionalAuthentication} one
 * setting, as Akamai's Terraform provider reads them: {@code tfaEnabled} is {@code additionalAuthentication
 * == TFA}. A v3 PUT sets the method; a v2 PUT of {@code tfaEnabled: true} sets TFA, and of {@code false}
 * turns TFA off (NONE) but leaves MFA, which v2 cannot see, as it is. A new method is not configured yet.
 */
final class SecondFactor {
    private static final String METHOD = "additionalAuthentication";
    private static final String CONFIGURED = "additionalAuthenticationConfigured";
    private static final String TFA_ENABLED = "tfaEnabled";

    /** The members of a stored user that only v3's answers carry. */
    static final List<String> V3_ONLY = List.of(METHOD, CONFIGURED);

    private SecondFactor() {}

    /** The stored method for a seeded user's table cell, and the v2 flag it implies. */
    static boolean tfaEnabled(String method) {
        return method.equals("TFA");
    }

    /**
     * Sets the method, the v2 flag and whether the method is configured in {@code updated}, after a PUT of
     * {@code version}; a v2 PUT that left {@code tfaEnabled} out erased it, which turns TFA off too.
     */
    static void afterPut(JsonObject old, JsonObject updated, ApiVersion version) {
        String before = old.get(METHOD).getAsString();
        boolean erased = version == ApiVersion.V2 && !updated.has(TFA_ENABLED);
        String method;
        if (version == ApiVersion.V3) {
            method = updated.get(METHOD).getAsString();
        } else if (!erased && updated.get(TFA_ENABLED).getAsBoolean()) {
            method = "TFA";
        } else {
            method = tfaEnabled(before) ? "NONE" : before;
        }
        updated.addProperty(METHOD, method);
        if (!erased) {
            updated.addProperty(TFA_ENABLED, tfaEnabled(method));
        }
        updated.addProperty(
                CONFIGURED, method.equals(before) && old.get(CONFIGURED).getAsBoolean());
    }
}
