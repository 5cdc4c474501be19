package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.profile.IamUserSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox's list operation, its generated users, and its rate limit with Akamai's X-RateLimit headers. */
class UserListAndRateLimitTest {
    @Test
    void theListHoldsEveryUserOfTheAccountAsSummariesSortedById() {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            SignedClient client = SignedClient.of(sandbox);
            JsonArray own = client.get(SignedClient.USERS.substring(0, SignedClient.USERS.length() - 1))
                    .json()
                    .getAsJsonArray();
            assertEquals(3 + SandboxUsers.LOAD_USER_COUNT + 3, own.size());
            JsonObject first = own.get(0).getAsJsonObject();
            assertEquals(SandboxUsers.US_USER, first.get("uiIdentityId").getAsString());
            assertFalse(first.has("phone"), "a summary is not the whole profile");
            assertFalse(first.has("authGrants"));
            assertTrue(first.has("tfaConfigured") && first.has("lastLoginDate") && first.has("isLocked"));
            List<String> ids = own.asList().stream()
                    .map(u -> u.getAsJsonObject().get("uiIdentityId").getAsString())
                    .toList();
            assertEquals(ids.stream().sorted().toList(), ids);
            assertTrue(ids.contains(SandboxUsers.generatedUser(2)));

            JsonArray switched = client.get("identity-management/v3/user-admin/ui-identities?accountSwitchKey="
                            + SandboxUsers.SWITCH_KEY + "&authGrants=true")
                    .json()
                    .getAsJsonArray();
            assertEquals(1, switched.size());
            assertTrue(switched.get(0).getAsJsonObject().has("authGrants"));
            assertEquals(
                    0,
                    client.get("identity-management/v3/user-admin/ui-identities?groupId=999")
                            .json()
                            .getAsJsonArray()
                            .size());
            assertEquals(
                    400,
                    client.get("identity-management/v3/user-admin/ui-identities?groupId=x")
                            .status());
        }
    }

    @Test
    void theClientListsUsersThroughTheGeneratedInterface() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<IamUserSummary> users =
                    iam.withAccountSwitchKey(SandboxUsers.SWITCH_KEY).listUsers(12345L);
            assertEquals(
                    List.of(SandboxUsers.SWITCHED_USER),
                    users.stream().map(IamUserSummary::getUiIdentityId).toList());
            String query = sandbox.requests().get(0).rawQuery();
            assertEquals("groupId=12345&actions=false&authGrants=false&accountSwitchKey=1-5C0YLB", query);
        }
    }

    @Test
    void overTheRateLimitTheAnswerIsA429WithTheHeadersAkamaiSends() {
        // A token every 5 s: however slow the machine, no token comes back between these four quick requests.
        double perSecond = 0.2;
        try (IamSandbox sandbox = IamSandbox.builder().rateLimit(perSecond, 3).start()) {
            SignedClient client = SignedClient.of(sandbox);
            for (int remaining = 2; remaining >= 0; remaining--) {
                SignedClient.Answer ok = client.getUser(null, SandboxUsers.US_USER);
                assertEquals(200, ok.status());
                assertEquals("3", ok.headers().get("X-RateLimit-Limit"));
                assertEquals(Integer.toString(remaining), ok.headers().get("X-RateLimit-Remaining"));
            }
            SignedClient.Answer limited = client.getUser(null, SandboxUsers.US_USER);
            assertEquals(429, limited.status(), limited.body());
            assertEquals("0", limited.headers().get("X-RateLimit-Remaining"));
            String next = limited.headers().get("X-RateLimit-Next");
            assertNotNull(next);
            Duration wait = Duration.between(Instant.now(), Instant.parse(next));
            Duration oneToken = Duration.ofMillis((long) (1000 / perSecond));
            assertTrue(
                    !wait.isNegative() && wait.compareTo(oneToken.plusMillis(100)) < 0,
                    "next token in " + wait + ", within one token's " + oneToken);
            assertEquals(1, sandbox.rateLimitedCount());
            JsonElement detail = limited.object().get("detail");
            assertTrue(detail.getAsString().contains("X-RateLimit-Next"), detail.toString());
        }
    }
}
