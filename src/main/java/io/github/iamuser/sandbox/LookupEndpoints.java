package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Map;

/** The six lookups under {@code /identity-management/v2/user-admin/common/} and v3's, alike, serialized once. */
final class LookupEndpoints {
    private static final Gson GSON = new Gson();
    private static final List<String> TIME_ZONE_MEMBERS = List.of("timezone", "description", "offset", "posix");

    /** The answers of {@code GET common/{lookup}}, by lookup. */
    private static final Map<String, byte[]> LOOKUPS = Map.of(
            "contact-types", json(SandboxLookups.CONTACT_TYPES),
            "countries", json(SandboxLookups.COUNTRIES),
            "supported-languages", json(SandboxLookups.LANGUAGES),
            "timeout-policies", json(timeoutPolicies()),
            "timezones", json(timeZones()));

    /** The answers of {@code GET common/countries/{country}/states} for the countries that have states. */
    private static final Map<String, byte[]> STATES =
            Map.of("USA", json(SandboxLookups.US_STATES), "Canada", json(SandboxLookups.CANADIAN_PROVINCES));

    private static final byte[] NO_STATES = json(List.of());

    private LookupEndpoints() {}

    /** The answer to {@code GET common/{lookup}}, or null when there is no such lookup. */
    static SandboxResponse lookup(String lookup) {
        byte[] body = LOOKUPS.get(lookup);
        return body == null ? null : SandboxResponse.json(body);
    }

    /** The answer to {@code GET common/countries/{country}/states}: a list, or 404 for an unknown country. */
    static SandboxResponse states(String country, ApiVersion version) {
        if (SandboxLookups.statesOf(country) == null) {
            return Problems.Kind.COUNTRY_NOT_FOUND.answer("country '" + country + "' is not one of the countries"
                    + " lookup (" + version.pathPrefix() + "user-admin/common/countries): use a value from it, such"
                    + " as USA.");
        }
        return SandboxResponse.json(STATES.getOrDefault(country, NO_STATES));
    }

    private static byte[] json(Object value) {
        return SandboxResponse.utf8(GSON.toJson(value));
    }

    private static JsonArray timeoutPolicies() {
        JsonArray policies = new JsonArray();
        SandboxLookups.TIMEOUT_POLICIES.forEach(entry -> {
            JsonObject policy = new JsonObject();
            policy.addProperty("name", entry.getKey());
            policy.addProperty("value", entry.getValue());
            policies.add(policy);
        });
        return policies;
    }

    private static JsonArray timeZones() {
        JsonArray zones = new JsonArray();
        SandboxLookups.TIME_ZONES.forEach(values -> {
            JsonObject zone = new JsonObject();
            for (int i = 0; i < TIME_ZONE_MEMBERS.size(); i++) {
                zone.addProperty(TIME_ZONE_MEMBERS.get(i), values.get(i));
            }
            zones.add(zone);
        });
        return zones;
    }
}
