package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** The six lookups under {@code /identity-management/v2/user-admin/common/}, serialized once. */
final class LookupEndpoints {
    private static final Gson GSON = new Gson();
    private static final byte[] CONTACT_TYPES = strings(SandboxLookups.CONTACT_TYPES);
    private static final byte[] COUNTRIES = strings(SandboxLookups.COUNTRIES);
    private static final byte[] US_STATES = strings(SandboxLookups.US_STATES);
    private static final byte[] CANADIAN_PROVINCES = strings(SandboxLookups.CANADIAN_PROVINCES);
    private static final byte[] NO_STATES = strings(List.of());
    private static final byte[] LANGUAGES = strings(SandboxLookups.LANGUAGES);
    private static final byte[] TIMEOUT_POLICIES = timeoutPolicies();
    private static final byte[] TIME_ZONES = timeZones();

    private LookupEndpoints() {}

    /** The answer to {@code GET common/{lookup}}, or null when there is no such lookup. */
    static SandboxResponse lookup(String lookup) {
        byte[] body = switch (lookup) {
            case "contact-types" -> CONTACT_TYPES;
            case "countries" -> COUNTRIES;
            case "supported-languages" -> LANGUAGES;
            case "timeout-policies" -> TIMEOUT_POLICIES;
            case "timezones" -> TIME_ZONES;
            default -> null;
        };
        return body == null ? null : SandboxResponse.json(body);
    }

    /** The answer to {@code GET common/countries/{country}/states}: a list, or 404 for an unknown country. */
    static SandboxResponse states(String country) {
        List<String> states = SandboxLookups.statesOf(country);
        if (states == null) {
            return Problems.countryNotFound(country);
        }
        return SandboxResponse.json(
                states == SandboxLookups.US_STATES
                        ? US_STATES
                        : states == SandboxLookups.CANADIAN_PROVINCES ? CANADIAN_PROVINCES : NO_STATES);
    }

    private static byte[] strings(List<String> values) {
        return SandboxResponse.utf8(GSON.toJson(values));
    }

    private static byte[] timeoutPolicies() {
        JsonArray policies = new JsonArray();
        SandboxLookups.TIMEOUT_POLICIES.forEach(entry -> {
            JsonObject policy = new JsonObject();
            policy.addProperty("name", entry.getKey());
            policy.addProperty("value", entry.getValue());
            policies.add(policy);
        });
        return SandboxResponse.utf8(GSON.toJson(policies));
    }

    private static byte[] timeZones() {
        JsonArray zones = new JsonArray();
        SandboxLookups.TIME_ZONES.forEach(values -> {
            JsonObject zone = new JsonObject();
            zone.addProperty("timezone", values.get(0));
            zone.addProperty("description", values.get(1));
            zone.addProperty("offset", values.get(2));
            zone.addProperty("posix", values.get(3));
            zones.add(zone);
        });
        return SandboxResponse.utf8(GSON.toJson(zones));
    }
}
