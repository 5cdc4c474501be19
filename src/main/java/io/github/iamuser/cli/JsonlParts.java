package io.github.iamuser.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.grants.NotificationsChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The grants and notifications changes of a JSON Lines row, named as the {@code grants} and {@code
 * notifications} commands' options: {@code "grants": {"set": {"12345": 3}, "remove": [678], "block": [],
 * "unblock": []}}, {@code "notifications": {"email": false, "passwordExpiry": true, "proactiveAdd": ["EdgeKV"],
 * "proactiveRemove": [], "upgradeAdd": [], "upgradeRemove": []}}. The change itself (a group named twice) is
 * checked when the row runs, failing that row.
 */
final class JsonlParts {
    private static final Set<String> GRANTS = Set.of("set", "remove", "block", "unblock");
    private static final Set<String> NOTIFICATIONS =
            Set.of("email", "passwordExpiry", "proactiveAdd", "proactiveRemove", "upgradeAdd", "upgradeRemove");

    private JsonlParts() {}

    /** {@code row} with the grants and notifications changes {@code json} holds, if any. */
    static BulkRow add(long line, JsonObject json, BulkRow row) {
        JsonObject grants = object(line, json, "grants", GRANTS);
        if (grants != null) {
            Map<Long, Long> set = new LinkedHashMap<>();
            JsonElement sets = grants.get("set");
            if (sets != null && !sets.isJsonObject()) {
                throw bad(line, "has a grants \"set\" that is not an object of group ids to role ids");
            }
            for (Map.Entry<String, JsonElement> e : sets == null
                    ? Set.<Map.Entry<String, JsonElement>>of()
                    : sets.getAsJsonObject().entrySet()) {
                set.put(id(line, "grants set", new JsonPrimitive(e.getKey())), id(line, "grants set", e.getValue()));
            }
            List<Long> remove = ids(line, grants, "remove");
            List<Long> block = ids(line, grants, "block");
            List<Long> unblock = ids(line, grants, "unblock");
            row = row.withGrants(c -> {
                set.forEach(c::grant);
                remove.forEach(c::remove);
                block.forEach(c::block);
                unblock.forEach(c::unblock);
            });
        }
        JsonObject n = object(line, json, "notifications", NOTIFICATIONS);
        if (n != null) {
            Boolean email = onOff(line, n, "email");
            Boolean passwordExpiry = onOff(line, n, "passwordExpiry");
            String[] proactiveAdd = products(line, n, "proactiveAdd");
            String[] proactiveRemove = products(line, n, "proactiveRemove");
            String[] upgradeAdd = products(line, n, "upgradeAdd");
            String[] upgradeRemove = products(line, n, "upgradeRemove");
            Consumer<NotificationsChange> change = c -> {
                if (email != null) {
                    c.emailNotifications(email);
                }
                if (passwordExpiry != null) {
                    c.passwordExpiry(passwordExpiry);
                }
                c.subscribeProactive(proactiveAdd)
                        .unsubscribeProactive(proactiveRemove)
                        .subscribeUpgrade(upgradeAdd)
                        .unsubscribeUpgrade(upgradeRemove);
            };
            row = row.withNotifications(change);
        }
        return row;
    }

    /** The object member {@code name} (null when absent), holding only members of {@code known}. */
    private static JsonObject object(long line, JsonObject json, String name, Set<String> known) {
        JsonElement value = json.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isJsonObject()) {
            throw bad(line, "has a \"" + name + "\" that is not an object");
        }
        for (String member : value.getAsJsonObject().keySet()) {
            if (!known.contains(member)) {
                throw bad(
                        line,
                        "has \"" + name + "\": {\"" + member + "\"}, which is not one of "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return value.getAsJsonObject();
    }

    private static List<Long> ids(long line, JsonObject grants, String name) {
        List<Long> ids = new ArrayList<>();
        for (JsonElement id : array(line, grants, "grants " + name, name)) {
            ids.add(id(line, "grants " + name, id));
        }
        return ids;
    }

    private static String[] products(long line, JsonObject n, String name) {
        List<String> names = new ArrayList<>();
        for (JsonElement product : array(line, n, "notifications " + name, name)) {
            if (!(product instanceof JsonPrimitive p && p.isString())) {
                throw bad(line, "has a notifications " + name + " entry that is not a product name: " + product);
            }
            names.add(product.getAsString());
        }
        return names.toArray(String[]::new);
    }

    private static Iterable<JsonElement> array(long line, JsonObject json, String what, String name) {
        JsonElement value = json.get(name);
        if (value != null && !value.isJsonArray()) {
            throw bad(line, "has a " + what + " that is not an array");
        }
        return value == null ? List.of() : value.getAsJsonArray();
    }

    /** A group or role id: a whole number (or its digits as a string, as JSON names are). */
    private static long id(long line, String what, JsonElement value) {
        try {
            if (value instanceof JsonPrimitive p && (p.isNumber() || p.isString())) {
                return Long.parseLong(p.getAsString().strip());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw bad(
                line,
                "has a " + what + " id " + value + " that is not a whole number (ids from 'lookups groups' and"
                        + " 'lookups roles')");
    }

    private static Boolean onOff(long line, JsonObject n, String name) {
        JsonElement value = n.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonPrimitive p && p.isBoolean())) {
            throw bad(line, "has a notifications " + name + " that is not true or false");
        }
        return value.getAsBoolean();
    }

    private static BulkInput.BadInput bad(long line, String what) {
        return new BulkInput.BadInput("line " + line + " " + what + ".");
    }
}
