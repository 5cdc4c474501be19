package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IAM v3's role assignments and notifications of a user, each replaced whole by its PUT (a group, subgroup,
 * account role or product left out is gone), checked as Akamai's v3 request schemas say (minItems 1, roleId 1
 * or more or null, no member the schema lacks at the levels it closes) and against the account (unknown
 * groups, roles and products are refused with IAM's 400 document); and the lists of groups, roles and
 * notification products.
 */
final class AccessEndpoints {
    private static final Set<String> TOP_GROUP =
            Set.of("groupId", "groupName", "isBlocked", "roleDescription", "roleId", "roleName", "subGroups");
    private static final Set<String> ACCOUNT_ROLE = Set.of("roleDescription", "roleId", "roleName");
    private static final Set<String> SUBGROUP = Set.of("groupId", "groupName", "isBlocked", "roleId", "subGroups");
    private static final Set<String> NOTIFICATIONS = Set.of("enableEmailNotifications", "options");
    private static final Set<String> OPTIONS = Set.of(
            "apiClientCredentialExpiryNotification", "newUserNotification", "passwordExpiry", "proactive", "upgrade");

    private AccessEndpoints() {}

    /** The role assignments a {@code PUT auth-grants} body stores, in the answers' form; null with errors: refused. */
    static JsonElement grants(JsonElement body, List<PutBodyCheck.FieldError> errors) {
        Map<Long, JsonObject> sent = new LinkedHashMap<>();
        if (!body.isJsonArray() || body.getAsJsonArray().isEmpty()) {
            errors.add(error("authGrants", "must be a JSON array of at least one role assignment (minItems 1)"));
            return null;
        }
        walk(body.getAsJsonArray(), "authGrants", 0, null, sent, errors);
        if (errors.isEmpty()
                && sent.values().stream()
                        .allMatch(g -> AccessData.blocked(g) || g.get("roleId").isJsonNull())) {
            errors.add(error("authGrants", "holds no group role: a user needs at least one group role assigned"));
        }
        JsonArray stored = new JsonArray();
        for (JsonElement item : errors.isEmpty() ? body.getAsJsonArray() : new JsonArray()) {
            JsonObject o = item.getAsJsonObject();
            stored.add(o.has("groupId") ? AccessData.answer(o.get("groupId").getAsLong(), sent) : accountRole(o));
        }
        return stored;
    }

    /** The settings a {@code PUT notifications} body stores (a flag left out: false); null with errors: refused. */
    static JsonElement notifications(JsonElement body, List<PutBodyCheck.FieldError> errors) {
        boolean known = members(body, "notifications", NOTIFICATIONS, errors);
        if (!body.isJsonObject()) {
            return null;
        }
        JsonElement given = body.getAsJsonObject().get("options");
        if (given == null || !given.isJsonObject()) {
            errors.add(error(
                    "options",
                    (given == null ? "is required" : "must be a JSON object")
                            + ": an object with passwordExpiry, proactive and upgrade"));
            return null;
        }
        JsonObject options = given.getAsJsonObject();
        if (!members(options, "options", OPTIONS, errors) || !known) {
            return null;
        }
        bool(body.getAsJsonObject(), "enableEmailNotifications", true, errors);
        JsonObject stored = new JsonObject();
        stored.add("enableEmailNotifications", body.getAsJsonObject().get("enableEmailNotifications"));
        JsonObject kept = new JsonObject();
        for (String member :
                List.of("newUserNotification", "passwordExpiry", "apiClientCredentialExpiryNotification")) {
            kept.addProperty(member, bool(options, member, member.equals("passwordExpiry"), errors));
        }
        kept.add("proactive", products(options, "proactive", errors));
        kept.add("upgrade", products(options, "upgrade", errors));
        stored.add("options", kept);
        return stored;
    }

    /** {@code GET groups}, {@code GET roles}, {@code GET common/notification-products}: the account's lists. */
    static SandboxResponse list(SandboxRouter.Call call) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        UserEndpoints.flags(
                call.request(),
                call.named().equals("roles") ? List.of("actions", "ignoreContext", "users") : List.of("actions"),
                errors);
        if (!errors.isEmpty()) {
            return Problems.validation(errors);
        }
        return SandboxResponse.json(
                200,
                switch (call.named()) {
                    case "groups" -> AccessData.GROUPS;
                    case "roles" -> AccessData.ROLES;
                    default -> AccessData.PRODUCTS;
                });
    }

    private static void walk(
            JsonArray items,
            String path,
            int depth,
            Long parent,
            Map<Long, JsonObject> sent,
            List<PutBodyCheck.FieldError> errors) {
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (!items.get(i).isJsonObject()) {
                errors.add(error(at, "must be an object: a group role or an account-level role"));
                continue;
            }
            JsonObject o = items.get(i).getAsJsonObject();
            boolean account = depth == 0 && !o.has("groupId");
            members(o, at, depth == 0 ? (account ? ACCOUNT_ROLE : TOP_GROUP) : depth == 1 ? SUBGROUP : null, errors);
            roleId(o, at, depth == 0, account, errors);
            if (account) {
                continue;
            }
            Long id = whole(o.get("groupId"));
            if (id == null || AccessData.group(id) == null || parent != null && !parent.equals(AccessData.parent(id))) {
                errors.add(error(
                        at + ".groupId",
                        "is not " + (parent == null ? "a group of the account" : "a subgroup of" + " group " + parent)
                                + ": use a groupId from the list of groups, nested as it lists them"));
                continue;
            }
            if (sent.put(id, o) != null) {
                errors.add(error(at + ".groupId", "group " + id + " appears twice: give each group once"));
            }
            if (o.has("isBlocked") && !(o.get("isBlocked") instanceof JsonPrimitive p && p.isBoolean())) {
                errors.add(error(at + ".isBlocked", "must be true or false"));
            }
            if (o.has("subGroups") && o.get("subGroups").isJsonArray()) {
                walk(o.getAsJsonArray("subGroups"), at + ".subGroups", depth + 1, id, sent, errors);
            } else if (o.has("subGroups")) {
                errors.add(error(at + ".subGroups", "must be an array of the group's subgroups"));
            }
        }
    }

    /** Checks the item's roleId: null (not for an account role), or a role of the account of the right kind. */
    private static void roleId(
            JsonObject o, String at, boolean required, boolean account, List<PutBodyCheck.FieldError> errors) {
        JsonElement value = o.get("roleId");
        if (value == null || value.isJsonNull()) {
            if (required && (value == null || account)) {
                errors.add(error(at + ".roleId", "is required" + (account ? "" : " (null for the default role)")));
            }
            return;
        }
        Long role = whole(value);
        JsonObject known = role == null ? null : AccessData.role(role);
        if (known == null || account != known.get("type").getAsString().equals("account")) {
            errors.add(error(
                    at + ".roleId",
                    (role != null && role < 1
                                    ? "must be 1 or more, or null"
                                    : "is not " + (account ? "an account-level" : "a group") + " role of the account")
                            + ": use a roleId from the list of roles"));
        }
    }

    private static JsonObject accountRole(JsonObject sent) {
        JsonObject role = AccessData.role(sent.get("roleId").getAsLong());
        JsonObject stored = new JsonObject();
        stored.add("roleId", role.get("roleId"));
        stored.add("roleName", role.get("roleName"));
        return stored;
    }

    /** True when {@code value} is an object whose members are all in {@code allowed} (null: any); errors otherwise. */
    private static boolean members(
            JsonElement value, String at, Set<String> allowed, List<PutBodyCheck.FieldError> errors) {
        if (!value.isJsonObject()) {
            errors.add(error(at, "must be a JSON object"));
            return false;
        }
        int before = errors.size();
        value.getAsJsonObject().keySet().stream()
                .filter(key -> allowed != null && !allowed.contains(key))
                .forEach(key -> errors.add(
                        error(at + "." + key, "is not a member here (additionalProperties: false):" + " remove it")));
        return errors.size() == before;
    }

    /** The member's boolean; false when an optional one is left out (a full replace); errors when it is not a boolean. */
    private static boolean bool(
            JsonObject object, String member, boolean required, List<PutBodyCheck.FieldError> errors) {
        JsonElement value = object.get(member);
        if (value instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (value != null || required) {
            errors.add(error(member, value == null ? "is required" : "must be true or false"));
        }
        return false;
    }

    private static JsonArray products(JsonObject options, String list, List<PutBodyCheck.FieldError> errors) {
        JsonElement value = options.get(list);
        if (value == null || !value.isJsonArray()) {
            errors.add(error(
                    "options." + list,
                    (value == null ? "is required" : "must be an array")
                            + ": the whole list of products ([] for none); a product left out is unsubscribed"));
            return null;
        }
        for (JsonElement product : value.getAsJsonArray()) {
            if (!(product instanceof JsonPrimitive p && p.isString()) || !AccessData.PRODUCTS.contains(p)) {
                errors.add(error(
                        "options." + list,
                        product + " is not a notification product of the account: use"
                                + " a name from the notification products"));
            }
        }
        return value.getAsJsonArray();
    }

    /** The number when it is a whole one, else null. */
    private static Long whole(JsonElement value) {
        if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
            return null;
        }
        BigDecimal number = p.getAsBigDecimal().stripTrailingZeros();
        return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                ? number.longValue()
                : null;
    }

    private static PutBodyCheck.FieldError error(String field, String detail) {
        return new PutBodyCheck.FieldError(field, detail);
    }
}
