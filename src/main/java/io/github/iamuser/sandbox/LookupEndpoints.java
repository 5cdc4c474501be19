package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The six lookups under {@code /identity-management/v2/user-admin/common/} and v3's, alike, serialized once. */
final class LookupEndpoints {
    private static final Gson GSON = new Gson();

    /** The answers of {@code GET common/{lookup}}, by lookup. */
    private static final Map<String, byte[]> LOOKUPS = Map.of(
            "contact-types", json(SandboxLookups.CONTACT_TYPES),
            "countries", json(SandboxLookups.COUNTRIES),
            "supported-languages", json(SandboxLookups.LANGUAGES),
            "timeout-policies", json(SandboxLookups.TIMEOUT_POLICIES),
            "timezones", json(SandboxLookups.TIME_ZONES));

    /** The lookups {@code GET common/{lookup}} serves. */
    static final Set<String> NAMES = LOOKUPS.keySet();

    /** The answers of {@code GET common/countries/{country}/states} for the countries that have states. */
    private static final Map<String, byte[]> STATES =
            Map.of("USA", json(SandboxLookups.US_STATES), "Canada", json(SandboxLookups.CANADIAN_PROVINCES));

    private static final byte[] NO_STATES = json(List.of());

    private LookupEndpoints() {}

    /** The answer to {@code GET common/{lookup}}, one of {@link #NAMES}. */
    static SandboxResponse lookup(String lookup) {
        return SandboxResponse.json(LOOKUPS.get(lookup));
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
}
