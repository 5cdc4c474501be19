package io.github.iamuser.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.internal.StrictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bulk JSON Lines file: one object per line,
 * {@code {"uiIdentityId": "...", "set": {"jobTitle": "CTO"}, "clear": ["mobilePhone"], "accountSwitchKey": "..."}},
 * and optionally {@code grants} and {@code notifications} ({@link JsonlParts}); blank lines are skipped.
 */
final class JsonlRows {
    private static final Set<String> MEMBERS =
            Set.of(CsvRows.ID, "set", "clear", CsvRows.ACCOUNT, "grants", "notifications");

    private JsonlRows() {}

    /** The rows of {@code in}; {@link BulkInput.BadInput} names the line of a malformed one. */
    static List<BulkRow> read(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<BulkRow> rows = new ArrayList<>();
        long number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
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
        return JsonlParts.add(
                line,
                json,
                BulkRow.of(id.strip(), BulkInput.change(set, clear))
                        .inAccount(text(line, json, CsvRows.ACCOUNT))
                        .fromLine(line));
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

    private static BulkInput.BadInput bad(long line, String what) {
        return new BulkInput.BadInput("line " + line + " " + what + ".");
    }
}
