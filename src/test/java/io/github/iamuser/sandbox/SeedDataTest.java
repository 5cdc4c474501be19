package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeded users, built from the resources users.txt and accounts.json, as fresh stores. */
class SeedDataTest {
    @Test
    void eachAccountHoldsItsColumnsUsersAndTheLoadUsersAreExpanded() {
        Accounts.Stores stores = SeedData.stores(2);
        assertEquals(3 + SandboxUsers.LOAD_USER_COUNT + 2, stores.own().size());
        assertTrue(stores.own().containsKey("L-U-000000") && stores.own().containsKey("L-U-000031"));
        assertEquals(
                "loaduser07", stores.own().get("L-U-000007").get("uiUserName").getAsString());
        assertEquals("User 07", stores.own().get("L-U-000007").get("lastName").getAsString());
        assertTrue(stores.own().containsKey(SandboxUsers.generatedUser(1)));
        assertEquals(
                Set.of(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCH_KEY_WITH_CONTRACT),
                stores.switched().keySet());
        assertEquals(
                Set.of(SandboxUsers.SWITCHED_USER),
                stores.users(SandboxUsers.SWITCH_KEY).keySet());
        assertEquals(
                SandboxUsers.SWITCH_KEY_WITH_CONTRACT,
                stores.users(SandboxUsers.SWITCH_KEY_WITH_CONTRACT)
                        .get(SandboxUsers.CONTRACT_USER)
                        .get("accountId")
                        .getAsString());
    }

    @Test
    void cellsAreTypedByTheirFieldAndTfaEnabledFollowsTheAdditionalAuthentication() {
        JsonObject us = SeedData.stores(0).own().get(SandboxUsers.US_USER);
        assertEquals(1800, us.get("sessionTimeOut").getAsJsonPrimitive().getAsInt());
        assertTrue(us.get("sessionTimeOut").getAsJsonPrimitive().isNumber());
        assertEquals("02142", us.get("zipCode").getAsString(), "a ZIP code stays text, leading zero kept");
        assertTrue(us.get("tfaEnabled").getAsBoolean(), "TFA");
        JsonObject german = SeedData.stores(0).own().get(SandboxUsers.GERMAN_USER);
        assertFalse(german.get("tfaEnabled").getAsBoolean(), "MFA is not v2's two-factor");
        assertEquals("MFA", german.get("additionalAuthentication").getAsString());
        assertEquals("", german.get("city").getAsString(), "an empty cell is empty text");
        assertFalse(german.get("tfaConfigured").getAsBoolean());
        assertTrue(german.get("additionalAuthenticationConfigured").getAsBoolean());
    }

    @Test
    void theUsUserHasNestedAndBlockedGrantsAsAkamaiAnswersShowThem() {
        JsonObject us = SeedData.stores(0).own().get(SandboxUsers.US_USER);
        JsonArray grants = us.getAsJsonArray("authGrants");
        JsonObject top = grants.get(0).getAsJsonObject();
        assertEquals("Admin", top.get("roleName").getAsString());
        JsonArray subGroups = top.getAsJsonArray("subGroups");
        JsonObject staging = subGroups
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("subGroups")
                .get(0)
                .getAsJsonObject();
        assertEquals("Staging", staging.get("groupName").getAsString());
        assertTrue(staging.get("roleId").isJsonNull(), "an inheriting subgroup: roleId null");
        assertEquals("", staging.get("roleName").getAsString());
        JsonObject security = subGroups.get(1).getAsJsonObject();
        assertTrue(security.get("isBlocked").getAsBoolean());
        assertEquals(-1, security.get("roleId").getAsInt(), "Terraform #699: a blocked group reads roleId -1");
        assertEquals("Blocked", security.get("roleName").getAsString());
        assertEquals(100002, grants.get(1).getAsJsonObject().get("roleId").getAsInt(), "an account role");
        JsonArray others =
                SeedData.stores(0).own().get(SandboxUsers.GERMAN_USER).getAsJsonArray("authGrants");
        assertEquals(1, others.size(), "the other users have every user's one grant: " + others);
        assertFalse(others.get(0).getAsJsonObject().has("subGroups"));
    }

    @Test
    void eachCallBuildsFreshStoresThatShareNoObject() {
        JsonObject a = SeedData.stores(0).own().get(SandboxUsers.US_USER);
        JsonObject b = SeedData.stores(0).own().get(SandboxUsers.US_USER);
        assertEquals(a, b);
        assertNotSame(a.get("authGrants"), b.get("authGrants"));
        a.getAsJsonArray("authGrants").remove(0);
        assertEquals(2, b.getAsJsonArray("authGrants").size());
        assertEquals(
                2,
                SeedData.ACCOUNTS
                        .getAsJsonObject("usUser")
                        .getAsJsonArray("authGrants")
                        .size());
    }
}
