package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request schemas of Akamai's v3 reference (vendored {@code src/test/resources/reference/v3/openapi.json},
 * operations {@code put-ui-uiidentity-auth-grants} and {@code put-notifications}) judge the bodies the safe
 * updates send: they pass, while the answers' form sent back unchanged (names at nested levels, {@code -1}) and a
 * body without {@code upgrade} fail; the reference's own request examples pass this library's body checks.
 */
class ReferenceRequestSchemasTest {
    private static final JsonObject PATHS = reference().getAsJsonObject("paths");

    @Test
    void theBodiesTheSafeUpdatesSendPassTheReference() {
        assertEquals(
                List.of(),
                violations(grantsSchema(), JsonParser.parseString(SafeGrantsUpdateTest.FINANCE_VIEWER_BODY)));
        assertEquals(
                List.of(),
                violations(notificationsSchema(), JsonParser.parseString(SafeNotificationsUpdateTest.EDGESCAPE_BODY)));
    }

    @Test
    void theAnswersFormSentBackAndABodyWithoutUpgradeFailIt() {
        String answer = "[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":3,\"roleName\":\"Admin\",\"isBlocked\":false,"
                + "\"subGroups\":[{\"groupId\":2,\"groupName\":\"Sub\",\"roleId\":-1,\"roleName\":\"Blocked\","
                + "\"roleDescription\":\"\",\"isBlocked\":true}]}]";
        List<String> found = violations(grantsSchema(), JsonParser.parseString(answer));
        JsonObject noUpgrade = JsonParser.parseString(SafeNotificationsUpdateTest.EDGESCAPE_BODY)
                .getAsJsonObject();
        noUpgrade.getAsJsonObject("options").remove("upgrade");

        assertTrue(found.contains("$[0].subGroups[0].roleId: below 1"), found::toString);
        assertTrue(found.contains("$[0].subGroups[0].roleName: not allowed"), found::toString);
        assertEquals(List.of("$.options.upgrade: required"), violations(notificationsSchema(), noUpgrade));
        assertEquals(List.of("$: fewer than 1 items"), violations(grantsSchema(), JsonParser.parseString("[]")));
    }

    @Test
    void theReferencesOwnRequestExamplesPassThisLibrarysBodyChecks() {
        JsonElement grants = requestBody("auth-grants").get("example");
        JsonElement notifications = requestBody("notifications").get("example");
        List<AuthGrantRequest> models =
                new com.google.gson.Gson().fromJson(grants, new TypeToken<List<AuthGrantRequest>>() {}.getType());

        assertEquals(List.of(), AccessBodies.grantsViolations(models));
        assertEquals(
                List.of(),
                AccessBodies.notificationsViolations(
                        new com.google.gson.Gson().fromJson(notifications, NotificationsUpdate.class)));
        assertEquals(List.of(), violations(grantsSchema(), AccessBodies.grantsJson(models)));
    }

    private static JsonObject grantsSchema() {
        return requestBody("auth-grants").getAsJsonObject("schema");
    }

    private static JsonObject notificationsSchema() {
        return requestBody("notifications").getAsJsonObject("schema");
    }

    private static JsonObject requestBody(String part) {
        return PATHS.getAsJsonObject("/user-admin/ui-identities/{uiIdentityId}/" + part)
                .getAsJsonObject("put")
                .getAsJsonObject("requestBody")
                .getAsJsonObject("content")
                .getAsJsonObject("application/json");
    }

    /** What {@code value} breaks of {@code schema}: the JSON Schema keywords the two request schemas use. */
    static List<String> violations(JsonObject schema, JsonElement value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "$", out);
        return out;
    }

    private static void check(JsonObject s, JsonElement v, String at, List<String> out) {
        if (s.has("oneOf")) {
            // the reference's two options: "Group role" (with groupId) and "Account level role"
            int matching = 0;
            JsonObject meant = null;
            for (JsonElement option : s.getAsJsonArray("oneOf")) {
                matching += violations(option.getAsJsonObject(), v).isEmpty() ? 1 : 0;
                boolean group =
                        option.getAsJsonObject().get("title").getAsString().equals("Group role");
                meant = group == (v.isJsonObject() && v.getAsJsonObject().has("groupId"))
                        ? option.getAsJsonObject()
                        : meant;
            }
            if (matching != 1) {
                int before = out.size();
                check(meant, v, at, out);
                if (out.size() == before) {
                    out.add(at + ": matches " + matching + " of oneOf");
                }
            }
            return;
        }
        if (v.isJsonNull()) {
            if (!(s.has("nullable") && s.get("nullable").getAsBoolean())) {
                out.add(at + ": null");
            }
            return;
        }
        String type = s.has("type") ? s.get("type").getAsString() : s.has("properties") ? "object" : "any";
        switch (type) {
            case "object" -> object(s, v, at, out);
            case "array" -> {
                if (!v.isJsonArray()) {
                    out.add(at + ": not an array");
                    return;
                }
                if (s.has("minItems")
                        && v.getAsJsonArray().size() < s.get("minItems").getAsInt()) {
                    out.add(at + ": fewer than " + s.get("minItems").getAsInt() + " items");
                }
                for (int i = 0; i < v.getAsJsonArray().size(); i++) {
                    check(s.getAsJsonObject("items"), v.getAsJsonArray().get(i), at + "[" + i + "]", out);
                }
            }
            case "integer" -> {
                boolean whole = v.isJsonPrimitive()
                        && v.getAsJsonPrimitive().isNumber()
                        && new BigDecimal(v.getAsString()).stripTrailingZeros().scale() <= 0;
                if (!whole) {
                    out.add(at + ": not an integer");
                } else if (s.has("minimum") && v.getAsLong() < s.get("minimum").getAsLong()) {
                    out.add(at + ": below " + s.get("minimum").getAsLong());
                }
            }
            case "string" -> {
                if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                    out.add(at + ": not a string");
                } else if (s.has("minLength")
                        && v.getAsString().length() < s.get("minLength").getAsInt()) {
                    out.add(at + ": shorter than " + s.get("minLength").getAsInt());
                }
            }
            case "boolean" -> {
                if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                    out.add(at + ": not a boolean");
                }
            }
            default -> {}
        }
    }

    private static void object(JsonObject s, JsonElement v, String at, List<String> out) {
        if (!v.isJsonObject()) {
            out.add(at + ": not an object");
            return;
        }
        JsonObject properties = s.has("properties") ? s.getAsJsonObject("properties") : new JsonObject();
        for (JsonElement required :
                s.has("required") ? s.getAsJsonArray("required") : new com.google.gson.JsonArray()) {
            if (!v.getAsJsonObject().has(required.getAsString())) {
                out.add(at + "." + required.getAsString() + ": required");
            }
        }
        for (Map.Entry<String, JsonElement> member : v.getAsJsonObject().entrySet()) {
            if (properties.has(member.getKey())) {
                check(properties.getAsJsonObject(member.getKey()), member.getValue(), at + "." + member.getKey(), out);
            } else if (s.has("additionalProperties")
                    && !s.get("additionalProperties").getAsBoolean()) {
                out.add(at + "." + member.getKey() + ": not allowed");
            }
        }
    }

    private static JsonObject reference() {
        try {
            return JsonParser.parseString(Files.readString(Path.of("src/test/resources/reference/v3/openapi.json")))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
