package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY_WITH_CONTRACT;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.options.ApiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Routing a signed request to its endpoint, its version and its account, or to the problem that says why not. */
class SandboxRouterTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void anUnknownSwitchKeyIsA403ListingTheKnownOnes() {
        for (String key : new String[] {"1-ZZZZZ", "", "1-5C0YLB:1-ZZZZ"}) {
            SignedClient.Answer answer = SANDBOX.client().get(USERS + US_USER + "?accountSwitchKey=" + key);
            assertEquals(403, answer.status(), key);
            String detail = answer.object().get("detail").getAsString();
            assertTrue(detail.contains("'" + key + "'") && detail.contains(SWITCH_KEY_WITH_CONTRACT), detail);
            assertEquals(403, answer.object().get("httpStatus").getAsInt());
        }
    }

    @Test
    void aWrongMethodIsA405NamingTheRightOne() {
        SignedClient.Answer answer = SANDBOX.client().put(USERS + US_USER, "{}");
        assertEquals(405, answer.status());
        assertEquals("GET", answer.headers().get("Allow"));
        SignedClient.Answer get = SANDBOX.client().get(USERS + US_USER + "/basic-info");
        assertEquals(405, get.status());
        assertEquals("PUT", get.headers().get("Allow"));
    }

    @Test
    void anUnknownPathIsA404ProblemDocument() {
        for (String path : new String[] {
            "identity-management/v2/user-admin/groups",
            USERS,
            "other/api",
            USERS + US_USER + "/basic-info/more",
            "identity-management/v2/user-admin/common/regions"
        }) {
            SignedClient.Answer answer = SANDBOX.client().get(path);
            assertEquals(404, answer.status(), path);
            assertTrue(answer.object().get("detail").getAsString().contains("is not an endpoint"), path);
        }
    }

    @Test
    void theV3OnlyEndpointsAreNotEndpointsOfV2() {
        String v2 = USERS + US_USER;
        String v3 = SignedClient.users(ApiVersion.V3) + US_USER;
        String grants = "[{\"groupId\":98765,\"roleId\":3}]";
        assertEquals(404, SANDBOX.client().put(v2 + "/auth-grants", grants).status());
        assertEquals(
                404,
                SANDBOX.client().get("identity-management/v2/user-admin/roles").status());
        assertEquals(200, SANDBOX.client().put(v3 + "/auth-grants", grants).status());
        assertEquals(
                200,
                SANDBOX.client()
                        .get("identity-management/v3/user-admin/common/countries")
                        .status());
    }

    @Test
    void theUserIdInThePathIsPercentDecoded() {
        SignedClient.Answer answer = SANDBOX.client().get(USERS + US_USER.replace("-", "%2D"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(US_USER, answer.object().get("uiIdentityId").getAsString());
    }

    @Test
    void theMethodIsCheckedBeforeTheAccountAndTheAccountBeforeTheUser() {
        assertEquals(
                405,
                SANDBOX.client()
                        .put(USERS + US_USER + "?accountSwitchKey=1-ZZZZZ", "{}")
                        .status());
        assertEquals(
                403,
                SANDBOX.client().get(USERS + "NO-SUCH?accountSwitchKey=1-ZZZZZ").status());
        assertEquals(
                404,
                SANDBOX.client()
                        .get(USERS + US_USER + "?accountSwitchKey=" + SWITCH_KEY)
                        .status());
    }
}
