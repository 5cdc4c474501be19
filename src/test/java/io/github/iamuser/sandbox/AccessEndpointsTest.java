package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IAM v3's role assignments and notifications, each replaced whole by its PUT, and the account's lists. */
class AccessEndpointsTest {
    private static final String V3_USER = SignedClient.users(ApiVersion.V3) + US_USER;

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void anEmptyListOfGrantsIsRefusedWithMinItemsInIamsProblemShape() {
        SignedClient.Answer answer = SANDBOX.client().put(V3_USER + "/auth-grants", "[]");
        assertTrue(answer.onlyError("authGrants").contains("minItems 1"), answer.body());
        assertEquals(Problems.VALIDATION_TYPE, answer.object().get("type").getAsString());
        assertEquals(400, answer.object().get("httpStatus").getAsInt());
        assertEquals(grantsOf(SANDBOX.sandbox().user(null, US_USER)), grantsNow(), "nothing stored");
    }

    @Test
    void aGroupLeftOutOfThePutIsGoneAndTheAnswerIsInIamsForm() {
        SignedClient.Answer answer =
                SANDBOX.client().put(V3_USER + "/auth-grants", "[{\"groupId\":98765,\"roleId\":12}]");
        assertEquals(200, answer.status(), answer.body());
        JsonArray grants = grantsNow();
        assertEquals(1, grants.size(), grants.toString());
        JsonObject partner = grants.get(0).getAsJsonObject();
        assertEquals(98765, partner.get("groupId").getAsLong());
        assertEquals("Partner Group", partner.get("groupName").getAsString());
        assertEquals("Viewer", partner.get("roleName").getAsString());
        assertEquals(false, partner.get("isBlocked").getAsBoolean());
    }

    @Test
    void aSubgroupLeftOutInheritsWithRoleIdNullAndEmptyNames() {
        SignedClient.Answer answer =
                SANDBOX.client().put(V3_USER + "/auth-grants", "[{\"groupId\":12345,\"roleId\":3}]");
        assertEquals(200, answer.status(), answer.body());
        JsonObject top = grantsNow().get(0).getAsJsonObject();
        JsonArray subGroups = top.getAsJsonArray("subGroups");
        assertEquals(3, subGroups.size(), "every subgroup of a granted group is listed");
        JsonObject web = subGroups.get(0).getAsJsonObject();
        assertTrue(web.get("roleId").isJsonNull(), web.toString());
        assertEquals("", web.get("roleName").getAsString());
        assertEquals(1, web.getAsJsonArray("subGroups").size(), "nested to the bottom");
    }

    @Test
    void anUnknownGroupOrRoleIsRefusedNamingItsPath() {
        assertTrue(SANDBOX.client()
                .put(V3_USER + "/auth-grants", "[{\"groupId\":11111,\"roleId\":3}]")
                .onlyError("authGrants[0].groupId")
                .contains("is not a group of the account"));
        assertTrue(SANDBOX.client()
                .put(V3_USER + "/auth-grants", "[{\"groupId\":12345,\"roleId\":999}]")
                .onlyError("authGrants[0].roleId")
                .contains("is not a group role of the account"));
        assertTrue(SANDBOX.client()
                .put(V3_USER + "/auth-grants", "[{\"groupId\":12345,\"roleId\":0}]")
                .onlyError("authGrants[0].roleId")
                .contains("must be 1 or more, or null"));
    }

    @Test
    void aSubgroupUnderTheWrongParentOrTwiceIsRefused() {
        assertTrue(grantErrors("[{\"groupId\":98765,\"roleId\":3,\"subGroups\":[{\"groupId\":23456,\"roleId\":7}]}]")
                .get(0)
                .detail()
                .contains("is not a subgroup of group 98765"));
        List<PutBodyCheck.FieldError> twice =
                grantErrors("[{\"groupId\":98765,\"roleId\":3},{\"groupId\":98765,\"roleId\":7}]");
        assertEquals("authGrants[1].groupId", twice.get(0).field());
        assertTrue(twice.get(0).detail().contains("appears twice"), twice.toString());
    }

    @Test
    void grantsWithOnlyBlockedOrInheritingGroupsAreRefused() {
        List<PutBodyCheck.FieldError> errors = grantErrors(
                "[{\"groupId\":12345,\"roleId\":null},{\"groupId\":98765,\"roleId\":3,\"isBlocked\":true}]");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).detail().contains("no group role"), errors.toString());
    }

    @Test
    void aMemberTheSchemaLacksIsRefusedAndAnAccountRoleMustBeAnAccountRole() {
        assertEquals(
                "authGrants[0].color",
                grantErrors("[{\"groupId\":98765,\"roleId\":3,\"color\":1}]")
                        .get(0)
                        .field());
        assertTrue(grantErrors("[{\"groupId\":98765,\"roleId\":3},{\"roleId\":3}]")
                .get(0)
                .detail()
                .contains("is not an account-level role"));
        assertEquals(List.of(), grantErrors("[{\"groupId\":98765,\"roleId\":3},{\"roleId\":100002}]"));
    }

    @Test
    void aBlockedGroupIsStoredWithRoleIdMinusOneAndRoleNameBlocked() {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        JsonElement stored = AccessEndpoints.grants(
                JsonParser.parseString("[{\"groupId\":12345,\"roleId\":3,\"subGroups\":"
                        + "[{\"groupId\":34567,\"roleId\":7,\"isBlocked\":true}]}]"),
                errors);
        assertEquals(List.of(), errors);
        JsonObject security = stored.getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("subGroups")
                .get(1)
                .getAsJsonObject();
        assertEquals(34567, security.get("groupId").getAsLong());
        assertEquals(-1, security.get("roleId").getAsInt());
        assertEquals("Blocked", security.get("roleName").getAsString());
        assertTrue(security.get("isBlocked").getAsBoolean());
    }

    @Test
    void notificationsAreReplacedWholeAFlagLeftOutIsFalse() {
        SignedClient.Answer answer = SANDBOX.client()
                .put(
                        V3_USER + "/notifications",
                        "{\"enableEmailNotifications\":false,\"options\":{\"passwordExpiry\":true,"
                                + "\"proactive\":[],\"upgrade\":[\"EdgeKV\"]}}");
        assertEquals(200, answer.status(), answer.body());
        JsonObject stored = SANDBOX.sandbox().user(null, US_USER).getAsJsonObject("notifications");
        JsonObject options = stored.getAsJsonObject("options");
        assertEquals(false, stored.get("enableEmailNotifications").getAsBoolean());
        assertEquals(false, options.get("newUserNotification").getAsBoolean(), "seeded true, left out: false");
        assertEquals(0, options.getAsJsonArray("proactive").size(), "seeded [EdgeKV, NetStorage], sent []");
        assertEquals("[\"EdgeKV\"]", options.getAsJsonArray("upgrade").toString());
    }

    @Test
    void notificationsRefuseAnUnknownProductAMissingListAndAMissingOptions() {
        assertTrue(notificationErrors("{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
                        + "\"proactive\":[\"Nope\"],\"upgrade\":[]}}")
                .get(0)
                .detail()
                .contains("\"Nope\" is not a notification product"));
        assertEquals(
                "options.upgrade",
                notificationErrors("{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
                                + "\"proactive\":[]}}")
                        .get(0)
                        .field());
        assertEquals(
                "options",
                notificationErrors("{\"enableEmailNotifications\":true}").get(0).field());
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        assertNull(AccessEndpoints.notifications(JsonParser.parseString("[]"), errors));
        assertEquals("notifications", errors.get(0).field());
    }

    @Test
    void theAccountsListsAreServedInV3AndTheirFlagsChecked() {
        String base = "identity-management/v3/user-admin/";
        assertEquals(AccessData.GROUPS, SANDBOX.client().get(base + "groups").json());
        assertEquals(
                AccessData.ROLES,
                SANDBOX.client().get(base + "roles?users=true").json());
        assertEquals(
                AccessData.PRODUCTS,
                SANDBOX.client().get(base + "common/notification-products").json());
        SANDBOX.client().get(base + "groups?actions=maybe").onlyError("actions");
        SANDBOX.client().get(base + "roles?users=maybe").onlyError("users");
    }

    private static List<PutBodyCheck.FieldError> grantErrors(String body) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        AccessEndpoints.grants(JsonParser.parseString(body), errors);
        return errors;
    }

    private static List<PutBodyCheck.FieldError> notificationErrors(String body) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        AccessEndpoints.notifications(JsonParser.parseString(body), errors);
        return errors;
    }

    private static JsonArray grantsNow() {
        return SANDBOX.client().get(V3_USER + "?authGrants=true").object().getAsJsonArray("authGrants");
    }

    private static JsonArray grantsOf(JsonObject user) {
        return user.getAsJsonArray("authGrants");
    }

    @Test
    void anExtraMemberInOptionsIsOneErrorNamingItAndOptionsOfTheWrongTypeIsNamedSo() {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        AccessEndpoints.notifications(
                JsonParser.parseString("{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
                        + "\"proactive\":[],\"upgrade\":[],\"foo\":1}}"),
                errors);
        assertEquals(
                List.of("options.foo"),
                errors.stream().map(PutBodyCheck.FieldError::field).toList());

        List<PutBodyCheck.FieldError> wrongType = new ArrayList<>();
        AccessEndpoints.notifications(
                JsonParser.parseString("{\"enableEmailNotifications\":true,\"options\":[]}"), wrongType);
        assertEquals(
                List.of("options: must be a JSON object: an object with passwordExpiry, proactive and upgrade"),
                wrongType.stream().map(e -> e.field() + ": " + e.detail()).toList());
    }
}
