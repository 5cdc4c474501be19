package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.profile.IamUserSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox's list operation and its generated users. */
class UserListTest {
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
}
