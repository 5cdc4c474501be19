package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups, roles and notification products of every sandbox account, and the role assignments and
 * notifications {@link SandboxUsers#US_USER} starts with, in the forms Akamai's answers show (see
 * {@code openapi/REFERENCE.md}, Part 3): names at every level, a subgroup that inherits with {@code roleId:
 * null} and empty names, a blocked group with {@code roleId: -1} and role name {@code Blocked}, and every
 * subgroup of a granted group listed.
 */
final class AccessData {
    /** The group tree: id, name, then the subgroups. */
    static final JsonArray GROUPS = JsonParser.parseString("""
            [{"groupId": 12345, "groupName": "Top Level Group", "subGroups": [
               {"groupId": 23456, "groupName": "Web Properties", "parentGroupId": 12345, "subGroups": [
                 {"groupId": 45678, "groupName": "Staging", "parentGroupId": 23456, "subGroups": []}]},
               {"groupId": 34567, "groupName": "Security", "parentGroupId": 12345, "subGroups": []},
               {"groupId": 56789, "groupName": "Finance", "parentGroupId": 12345, "subGroups": []}]},
             {"groupId": 98765, "groupName": "Partner Group", "subGroups": []}]
            """).getAsJsonArray();

    /** The roles: id, name, description, type (account roles are not group roles). */
    static final JsonArray ROLES = JsonParser.parseString("""
            [{"roleId": 3, "roleName": "Admin", "roleDescription": "Manages users and API clients of the group.", "type": "standard"},
             {"roleId": 7, "roleName": "Editor", "roleDescription": "Edits the group's configurations.", "type": "standard"},
             {"roleId": 12, "roleName": "Viewer", "roleDescription": "Reads the group's configurations.", "type": "standard"},
             {"roleId": 16, "roleName": "Publisher", "roleDescription": "Activates configurations.", "type": "custom"},
             {"roleId": 100002, "roleName": "Admin for Account Roles", "roleDescription": "Manages account roles.", "type": "account"}]
            """).getAsJsonArray();

    /** The product names notifications take. */
    static final List<String> PRODUCTS = List.of("EdgeKV", "EdgeScape", "NetStorage", "Site Delivery", "Security");

    /** The role assignments of {@link SandboxUsers#US_USER}: nested, inherited, blocked, and an account role. */
    static final JsonArray US_USER_GRANTS = JsonParser.parseString("""
            [{"groupId": 12345, "groupName": "Top Level Group", "isBlocked": false, "roleId": 3, "roleName": "Admin",
              "roleDescription": "Manages users and API clients of the group.", "subGroups": [
               {"groupId": 23456, "groupName": "Web Properties", "isBlocked": false, "roleId": 7, "roleName": "Editor",
                "roleDescription": "Edits the group's configurations.", "subGroups": [
                 {"groupId": 45678, "groupName": "Staging", "isBlocked": false, "roleId": null, "roleName": "",
                  "roleDescription": "", "subGroups": []}]},
               {"groupId": 34567, "groupName": "Security", "isBlocked": true, "roleId": -1, "roleName": "Blocked",
                "roleDescription": "", "subGroups": []},
               {"groupId": 56789, "groupName": "Finance", "isBlocked": false, "roleId": null, "roleName": "",
                "roleDescription": "", "subGroups": []}]},
             {"roleId": 100002, "roleName": "Admin for Account Roles"}]
            """).getAsJsonArray();

    /** The notifications of {@link SandboxUsers#US_USER}: subscribed to two proactive products and one upgrade. */
    static final JsonObject US_USER_NOTIFICATIONS = JsonParser.parseString("""
            {"enableEmailNotifications": true, "options": {"newUserNotification": true, "passwordExpiry": true,
             "proactive": ["EdgeKV", "NetStorage"], "upgrade": ["EdgeScape"], "apiClientCredentialExpiryNotification": false}}
            """).getAsJsonObject();

    private static final Map<Long, JsonObject> GROUP_BY_ID = new LinkedHashMap<>();
    private static final Map<Long, Long> PARENT = new LinkedHashMap<>();
    private static final Map<Long, JsonObject> ROLE_BY_ID = new LinkedHashMap<>();

    static {
        index(GROUPS, null);
        ROLES.forEach(
                role -> ROLE_BY_ID.put(role.getAsJsonObject().get("roleId").getAsLong(), role.getAsJsonObject()));
    }

    private AccessData() {}

    private static void index(JsonArray groups, Long parent) {
        for (JsonElement element : groups) {
            JsonObject group = element.getAsJsonObject();
            long id = group.get("groupId").getAsLong();
            GROUP_BY_ID.put(id, group);
            PARENT.put(id, parent);
            index(group.getAsJsonArray("subGroups"), id);
        }
    }

    /** The group, or null when the account has none with that id. */
    static JsonObject group(long groupId) {
        return GROUP_BY_ID.get(groupId);
    }

    /** The group's parent id, or null for a top-level group. */
    static Long parent(long groupId) {
        return PARENT.get(groupId);
    }

    /** The role, or null when the account has none with that id. */
    static JsonObject role(long roleId) {
        return ROLE_BY_ID.get(roleId);
    }

    /**
     * A group role in the answers' form: the group's name, the role's (or {@code -1} and "Blocked" when blocked,
     * {@code null} and "" when it only inherits), and every subgroup of the group, each as sent or as inheriting.
     */
    static JsonObject answer(long groupId, JsonElement roleId, boolean blocked, Map<Long, JsonObject> sent) {
        JsonObject role = roleId == null || roleId.isJsonNull() ? null : role(roleId.getAsLong());
        JsonObject answer = new JsonObject();
        answer.addProperty("groupId", groupId);
        answer.addProperty("groupName", group(groupId).get("groupName").getAsString());
        answer.addProperty("isBlocked", blocked);
        answer.add(
                "roleId",
                blocked
                        ? new com.google.gson.JsonPrimitive(-1)
                        : role == null ? JsonNull.INSTANCE : role.get("roleId"));
        answer.addProperty(
                "roleName",
                blocked ? "Blocked" : role == null ? "" : role.get("roleName").getAsString());
        answer.addProperty(
                "roleDescription",
                blocked || role == null ? "" : role.get("roleDescription").getAsString());
        JsonArray subGroups = new JsonArray();
        for (JsonElement child : group(groupId).getAsJsonArray("subGroups")) {
            long childId = child.getAsJsonObject().get("groupId").getAsLong();
            JsonObject given = sent.get(childId);
            subGroups.add(answer(
                    childId,
                    given == null ? null : given.get("roleId"),
                    given != null
                            && given.has("isBlocked")
                            && given.get("isBlocked").getAsBoolean(),
                    sent));
        }
        answer.add("subGroups", subGroups);
        return answer;
    }
}
