package io.github.iamuser.grants;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.NotificationOptionsUpdate;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON the auth-grants and notifications PUTs send, written from the generated request models in one
 * fixed form ({@code roleId} always written, {@code null} included, where Gson would drop it), and what
 * such a body lacks or holds against Akamai's v3 request schemas.
 */
final class AccessBodies {
    private static final String WHOLE = ": the PUT replaces every setting, so it must carry this one";

    private AccessBodies() {}

    /** The body of an auth-grants PUT: a group role as groupId, roleId, isBlocked, subGroups; an account role as roleId. */
    static JsonArray grantsJson(List<AuthGrantRequest> grants) {
        JsonArray array = new JsonArray();
        for (AuthGrantRequest grant : grants) {
            JsonObject item = new JsonObject();
            if (grant.getGroupId() != null) {
                item.addProperty("groupId", grant.getGroupId());
            }
            item.add("roleId", grant.getRoleId() == null ? JsonNull.INSTANCE : new JsonPrimitive(grant.getRoleId()));
            if (grant.getIsBlocked() != null) {
                item.addProperty("isBlocked", grant.getIsBlocked());
            }
            if (grant.getSubGroups() != null) {
                item.add("subGroups", grantsJson(grant.getSubGroups()));
            }
            array.add(item);
        }
        return array;
    }

    /**
     * What keeps {@code grants} from being sent: no item, no group role, an item without its ids, a role id
     * below 1 (a blocked group's {@code -1}), a group given twice, an account role with a group's members.
     */
    static List<Violation> grantsViolations(List<AuthGrantRequest> grants) {
        List<Violation> out = new ArrayList<>();
        if (grants == null || grants.isEmpty()) {
            add(out, "authGrants", "minItems 1", "is empty: a user needs at least one role assignment", null);
        } else if (grants.stream().noneMatch(g -> g != null && g.getGroupId() != null)) {
            add(out, "authGrants", "group role", "holds no group role: a user needs at least one", null);
        }
        walk(grants == null ? List.of() : grants, "$", 0, new HashSet<>(), out);
        return out;
    }

    private static void walk(
            List<AuthGrantRequest> grants, String path, int depth, Set<Long> seen, List<Violation> out) {
        for (int i = 0; i < grants.size(); i++) {
            AuthGrantRequest g = grants.get(i);
            String at = path + "[" + i + "]";
            Long id = g == null ? null : g.getGroupId();
            Long role = g == null ? null : g.getRoleId();
            if (id == null && (depth > 0 || g == null)) {
                add(out, at + ".groupId", "required", "is missing: a group role (and every subgroup) needs it", null);
            } else if (id == null
                    && (role == null || role < 1 || g.getIsBlocked() != null || g.getSubGroups() != null)) {
                add(out, at, "account role", "takes a roleId of 1 or more and nothing else", String.valueOf(role));
            } else if (id != null && id < (depth == 0 ? 0 : 1)) {
                add(out, at + ".groupId", "minimum " + (depth == 0 ? 0 : 1), "is not a group's id", String.valueOf(id));
            } else if (id != null && !seen.add(id)) {
                add(out, at + ".groupId", "once", "group " + id + " appears twice in the tree: give it once", null);
            }
            if (id != null && role != null && role < 1) {
                String blocked = role == -1 ? " (a blocked group reads back so: send null with isBlocked true)" : "";
                add(out, at + ".roleId", "1 or more, or null", "is below 1" + blocked, String.valueOf(role));
            }
            if (g != null && g.getSubGroups() != null) {
                walk(g.getSubGroups(), at + ".subGroups", depth + 1, seen, out);
            }
        }
    }

    /** The body of a notifications PUT: enableEmailNotifications, then options with every member it holds. */
    static JsonObject notificationsJson(NotificationsUpdate n) {
        JsonObject body = new JsonObject();
        body.addProperty("enableEmailNotifications", n.getEnableEmailNotifications());
        NotificationOptionsUpdate o = n.getOptions();
        if (o != null) {
            JsonObject options = new JsonObject();
            options.addProperty("passwordExpiry", o.getPasswordExpiry());
            options.add("proactive", strings(o.getProactive()));
            options.add("upgrade", strings(o.getUpgrade()));
            options.addProperty("newUserNotification", o.getNewUserNotification());
            options.addProperty("apiClientCredentialExpiryNotification", o.getApiClientCredentialExpiryNotification());
            options.entrySet().removeIf(member -> member.getValue().isJsonNull());
            body.add("options", options);
        }
        return body;
    }

    /** What keeps {@code n} from being sent: a required member missing, a product name empty or with a control character. */
    static List<Violation> notificationsViolations(NotificationsUpdate n) {
        List<Violation> out = new ArrayList<>();
        NotificationOptionsUpdate o = n.getOptions();
        if (n.getEnableEmailNotifications() == null) {
            add(out, "enableEmailNotifications", "required", "is missing" + WHOLE, null);
        }
        if (o == null || o.getPasswordExpiry() == null) {
            add(out, o == null ? "options" : "options.passwordExpiry", "required", "is missing" + WHOLE, null);
        }
        for (String list : o == null ? List.<String>of() : List.of("proactive", "upgrade")) {
            List<String> products = list.equals("proactive") ? o.getProactive() : o.getUpgrade();
            if (products == null) {
                add(
                        out,
                        "options." + list,
                        "required",
                        "is missing: left out, the server would unsubscribe the user"
                                + " from every product; send the whole list ([] to unsubscribe from all)",
                        null);
            }
            for (String product : products == null ? List.<String>of() : products) {
                if (product == null || product.isEmpty() || product.chars().anyMatch(Character::isISOControl)) {
                    add(out, "options." + list, "product name", "holds an empty name or a control character", product);
                }
            }
        }
        return out;
    }

    private static void add(List<Violation> out, String field, String rule, String message, String value) {
        out.add(new Violation(field, rule, message, value));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = values == null ? null : new JsonArray();
        if (array != null) {
            values.forEach(array::add);
        }
        return array;
    }
}
