package io.github.iamuser.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.internal.StrictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bulk JSON Lines file: one object per line,
 * {@code {"uiIdentityId": "...", "set": {"jobTitle": "CTO"}, "clear": ["mobilePhone"], "accountSwitchKey": "..."}},
 * and optionally the grants and notifications changes, named as the {@code grants} and {@code notifications}
 * commands' options: {@code "grants": {"set": {"12345": 3}, "remove": [678], "block": [], "unblock": []}},
 * {@code "notifications": {"email": false, "passwordExpiry": true, "proactiveAdd": ["EdgeKV"], "proactiveRemove":
 * [], "upgradeAdd": [], "upgradeRemove": []}}; blank lines are skipped. The change itself (a group named twice)
 * is checked when the row runs, failing that row.
 */
final class JsonlRows {
    private static final Set<String> MEMBERS =
            Set.of(CsvRows.ID, "set", "clear", CsvRows.ACCOUNT, "grants", "notifications");
    private static final Set<String> GRANTS = Set.of("set", "remove", "block", "unblock");
    private static final Set<String> NOTIFICATIONS =
            Set.of("email", "passwordExpiry", "proactiveAdd", "proactiveRemove", "upgradeAdd", "upgradeRemove");

    private JsonlRows() {}

    /** The rows of {@code in}; {@link BulkInput.BadInput} names the line of a malformed one. */
    static List<BulkRow> read(BufferedReader reader) throws IOException {
        List<BulkRow> rows = new ArrayList<>();
        long number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (!text.isBlank()) {
                rows.add(row(number, text));
            }
        }
        return rows;
    }

    private static BulkRow row(long line, String text) {
        JsonObject json;
        try {
            JsonElement parsed = StrictJson.parse(text);
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw bad(
                    line,
                    "is not a JSON object (" + e.getMessage() + "); write one per line, such as"
                            + " {\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"jobTitle\": \"CTO\"}, \"clear\": [\"mobilePhone\"]}");
        }
        for (String member : json.keySet()) {
            if (!MEMBERS.contains(member)) {
                throw bad(
                        line,
                        "has \"" + member + "\", which is not one of "
                                + String.join(", ", MEMBERS.stream().sorted().toList()));
            }
        }
        String id = text(line, json, CsvRows.ID);
        if (id == null || id.isBlank()) {
            throw bad(line, "has no uiIdentityId: every line names its user");
        }
        Map<String, String> set = new LinkedHashMap<>();
        JsonElement sets = json.get("set");
        if (sets != null && !sets.isJsonObject()) {
            throw bad(line, "has a \"set\" that is not an object of field names to values");
        }
        if (sets != null) {
            sets.getAsJsonObject().entrySet().forEach(e -> set.put(e.getKey(), value(line, e.getKey(), e.getValue())));
        }
        Set<String> clear = new LinkedHashSet<>();
        JsonElement clears = json.get("clear");
        if (clears != null && !clears.isJsonArray()) {
            throw bad(line, "has a \"clear\" that is not an array of field names");
        }
        if (clears != null) {
            for (JsonElement name : clears.getAsJsonArray()) {
                if (!(name instanceof JsonPrimitive p && p.isString())) {
                    throw bad(line, "has a \"clear\" entry that is not a field name: " + name);
                }
                clear.add(name.getAsString());
            }
        }
        List<String> both = clear.stream().filter(set::containsKey).sorted().toList();
        if (!both.isEmpty()) {
            throw new BulkInput.BadInput("line " + line + ": " + String.join(", ", both)
                    + " is both set and cleared: give each field once.");
        }
        BulkRow row = BulkRow.of(id.strip(), BulkInput.change(set, clear))
                .inAccount(text(line, json, CsvRows.ACCOUNT))
                .fromLine(line);
        JsonObject grants = object(line, json, "grants", GRANTS);
        if (grants != null) {
            Map<Long, Long> grant = new LinkedHashMap<>();
            JsonElement roles = grants.get("set");
            if (roles != null && !roles.isJsonObject()) {
                throw bad(line, "has a grants \"set\" that is not an object of group ids to role ids");
            }
            if (roles != null) {
                roles.getAsJsonObject()
                        .entrySet()
                        .forEach(e -> grant.put(
                                id(line, "grants set", new JsonPrimitive(e.getKey())),
                                id(line, "grants set", e.getValue())));
            }
            row = row.withGrants(GrantsCommand.change(
                    grant.entrySet(),
                    ids(line, grants, "remove"),
                    ids(line, grants, "block"),
                    ids(line, grants, "unblock")));
        }
        JsonObject n = object(line, json, "notifications", NOTIFICATIONS);
        if (n != null) {
            row = row.withNotifications(NotificationsCommand.change(
                    onOff(line, n, "email"),
                    onOff(line, n, "passwordExpiry"),
                    products(line, n, "proactiveAdd"),
                    products(line, n, "proactiveRemove"),
                    products(line, n, "upgradeAdd"),
                    products(line, n, "upgradeRemove")));
        }
        return row;
    }

    private static String text(long line, JsonObject json, String member) {
        JsonElement value = json.get(member);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!(value instanceof JsonPrimitive p && p.isString())) {
            throw bad(line, "has a " + member + " that is not a string");
        }
        return value.getAsString();
    }

    /** A value to set, as text: a string as it is, a number or a boolean as JSON writes it; null is refused. */
    private static String value(long line, String field, JsonElement value) {
        if (value instanceof JsonPrimitive p) {
            return p.getAsString();
        }
        throw bad(
                line,
                "sets " + field + " to " + value + ": give a string, number or boolean"
                        + (value.isJsonNull() ? ", or list the field under \"clear\" to empty it" : ""));
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

    private static List<String> products(long line, JsonObject n, String name) {
        List<String> names = new ArrayList<>();
        for (JsonElement product : array(line, n, "notifications " + name, name)) {
            if (!(product instanceof JsonPrimitive p && p.isString())) {
                throw bad(line, "has a notifications " + name + " entry that is not a product name: " + product);
            }
            names.add(product.getAsString());
        }
        return names;
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
