package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.CANADIAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.GERMAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * v2's tfaEnabled stays v3's additionalAuthentication == TFA whichever version writes; a v2 PUT cannot
 * touch MFA, which v2 cannot see; a new method is not configured yet; v3's method is one of its values.
 */
class SecondFactorTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void anMfaUserIsNotTwoFactorInV2() {
        assertEquals("MFA", v3(GERMAN_USER).get("additionalAuthentication").getAsString());
        assertFalse(v2(GERMAN_USER).get("tfaEnabled").getAsBoolean());
        assertFalse(v3(GERMAN_USER).get("tfaEnabled").getAsBoolean());
    }

    @Test
    void aV3PutOfMfaTurnsV2sTfaEnabledOffAndTheNewMethodIsNotConfiguredYet() {
        JsonObject profile =
                Profiles.with(Profiles.updateFrom(v3(US_USER), ApiVersion.V3), "additionalAuthentication", "MFA");

        SignedClient.Answer answer = SANDBOX.client().putProfile(ApiVersion.V3, null, US_USER, profile);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(profile, Profiles.updateFrom(answer.object(), ApiVersion.V3), "stored as sent");
        assertFalse(answer.object().get("additionalAuthenticationConfigured").getAsBoolean());
        assertFalse(answer.object().get("tfaEnabled").getAsBoolean());
        assertFalse(v2(US_USER).get("tfaEnabled").getAsBoolean());
    }

    @Test
    void aV2PutOfTfaEnabledFalseTurnsTfaOffButLeavesMfaAsItIs() {
        JsonObject us = Profiles.with(Profiles.updateFrom(v2(US_USER)), "jobTitle", "CTO");
        us.addProperty("tfaEnabled", false);
        assertEquals(200, SANDBOX.client().putProfile(null, US_USER, us).status());
        assertEquals("NONE", v3(US_USER).get("additionalAuthentication").getAsString());

        JsonObject german = Profiles.updateFrom(v2(GERMAN_USER));
        assertEquals(200, SANDBOX.client().putProfile(null, GERMAN_USER, german).status());
        assertEquals("MFA", v3(GERMAN_USER).get("additionalAuthentication").getAsString());
        assertTrue(v3(GERMAN_USER).get("additionalAuthenticationConfigured").getAsBoolean(), "unchanged");

        german.addProperty("tfaEnabled", true);
        assertEquals(200, SANDBOX.client().putProfile(null, GERMAN_USER, german).status());
        assertEquals("TFA", v3(GERMAN_USER).get("additionalAuthentication").getAsString());
    }

    @Test
    void additionalAuthenticationMustBeOneOfItsValuesAndCannotBeLeftOut() {
        JsonObject profile = Profiles.updateFrom(v3(CANADIAN_USER), ApiVersion.V3);

        SignedClient.Answer sms = SANDBOX.client()
                .putProfile(
                        ApiVersion.V3, null, CANADIAN_USER, Profiles.with(profile, "additionalAuthentication", "SMS"));
        SignedClient.Answer missing = SANDBOX.client()
                .putProfile(ApiVersion.V3, null, CANADIAN_USER, Profiles.without(profile, "additionalAuthentication"));

        assertTrue(sms.onlyError("additionalAuthentication").contains("must be one of TFA, MFA, NONE"));
        assertTrue(missing.onlyError("additionalAuthentication").startsWith("additionalAuthentication is missing"));
        assertEquals("TFA", v3(CANADIAN_USER).get("additionalAuthentication").getAsString(), "nothing stored");
    }

    private static JsonObject v2(String uiIdentityId) {
        return SANDBOX.client().getUser(null, uiIdentityId).object();
    }

    private static JsonObject v3(String uiIdentityId) {
        return SANDBOX.client().getUser(ApiVersion.V3, null, uiIdentityId).object();
    }
}
