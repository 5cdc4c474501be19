package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The groups, roles and notification products of every sandbox account (resource {@code accounts.json}), and
 * role assignments in the form Akamai's answers show (see {@code openapi/REFERENCE.md}, Part 3): names at every
 * level, a subgroup that inherits with {@code roleId: null} and empty names, a blocked group with {@code roleId: -1}
 * and role name {@code Blocked}, and every subgroup of a granted group listed.
 */
final class AccessData {
    /** The group tree: id, name, then the subgroups. */
    static final JsonArray GROUPS = SeedData.ACCOUNTS.getAsJsonArray("groups");

    /** The roles: id, name, description, type (account roles are not group roles). */
    static final JsonArray ROLES = SeedData.ACCOUNTS.getAsJsonArray("roles");

    /** The product names notifications take. */
    static final JsonArray PRODUCTS = SeedData.ACCOUNTS.getAsJsonArray("notificationProducts");

    private static final Map<Long, JsonObject> GROUP_BY_ID = new LinkedHashMap<>();
    private static final Map<Long, JsonObject> ROLE_BY_ID = new LinkedHashMap<>();

    static {
        index(GROUPS);
        ROLES.forEach(
                role -> ROLE_BY_ID.put(role.getAsJsonObject().get("roleId").getAsLong(), role.getAsJsonObject()));
    }

    private AccessData() {}

    private static void index(JsonArray groups) {
        for (JsonElement element : groups) {
            JsonObject group = element.getAsJsonObject();
            long id = group.get("groupId").getAsLong();
            GROUP_BY_ID.put(id, group);
            index(group.getAsJsonArray("subGroups"));
        }
    }

    /** The group, or null when the account has none with that id. */
    static JsonObject group(long groupId) {
        return GROUP_BY_ID.get(groupId);
    }

    /** The group's parent id, or null for a top-level group. */
    static Long parent(long groupId) {
        JsonElement parent = group(groupId).get("parentGroupId");
        return parent == null ? null : parent.getAsLong();
    }

    /** The role, or null when the account has none with that id. */
    static JsonObject role(long roleId) {
        return ROLE_BY_ID.get(roleId);
    }

    /**
     * A group role in the answers' form: the group's name, the role's (or {@code -1} and "Blocked" when blocked,
     * {@code null} and "" when it only inherits), and every subgroup of the group, each as sent or as inheriting;
     * {@code sent} holds the role assignments sent, by group.
     */
    static JsonObject answer(long groupId, Map<Long, JsonObject> sent) {
        JsonObject given = sent.get(groupId);
        boolean blocked = given != null && blocked(given);
        JsonElement roleId = given == null || blocked ? null : given.get("roleId");
        JsonObject role = roleId == null || roleId.isJsonNull() ? null : role(roleId.getAsLong());
        JsonObject answer = new JsonObject();
        answer.addProperty("groupId", groupId);
        answer.addProperty("groupName", group(groupId).get("groupName").getAsString());
        answer.addProperty("isBlocked", blocked);
        answer.add("roleId", blocked ? new JsonPrimitive(-1) : role == null ? JsonNull.INSTANCE : role.get("roleId"));
        answer.addProperty(
                "roleName",
                blocked ? "Blocked" : role == null ? "" : role.get("roleName").getAsString());
        answer.addProperty(
                "roleDescription",
                role == null ? "" : role.get("roleDescription").getAsString());
        JsonArray subGroups = new JsonArray();
        for (JsonElement child : group(groupId).getAsJsonArray("subGroups")) {
            subGroups.add(answer(child.getAsJsonObject().get("groupId").getAsLong(), sent));
        }
        answer.add("subGroups", subGroups);
        return answer;
    }

    /** True when a sent role assignment blocks its group. */
    static boolean blocked(JsonObject sent) {
        return sent.get("isBlocked") instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean();
    }
}
