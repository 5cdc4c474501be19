package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.profile.ProfileField;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fixed lookup lists (resource {@code lookups.json}) the sandbox validates profiles against and serves under
 * {@code /identity-management/v2/user-admin/common/} and v3's, alike.
 */
final class SandboxLookups {
    private static final JsonObject LISTS = SeedData.resource("lookups.json");
    private static final JsonObject STATES = LISTS.remove("states").getAsJsonObject();

    /** The lookups {@code GET common/{lookup}} serves. */
    static final Set<String> NAMES = Set.copyOf(LISTS.keySet());

    static final List<String> CONTACT_TYPES = strings(LISTS.get("contact-types"));
    static final List<String> COUNTRIES = strings(LISTS.get("countries"));
    static final List<String> US_STATES = strings(STATES.get("USA"));
    static final List<String> CANADIAN_PROVINCES = strings(STATES.get("Canada"));

    /** The state the USA accepts in place of a real one, although the states lookup does not list it. */
    static final String US_PLACEHOLDER_STATE = "TBD";

    static final List<String> LANGUAGES = strings(LISTS.get("supported-languages"));

    /** A timeout policy: its name and its value in seconds. */
    record TimeoutPolicy(String name, int value) {}

    /** A time zone, in the form of Akamai's reference example. */
    record TimeZone(String timezone, String description, String offset, String posix) {}

    /** The timeout policies, in the order the lookup lists them. */
    static final List<TimeoutPolicy> TIMEOUT_POLICIES =
            List.of(new Gson().fromJson(LISTS.get("timeout-policies"), TimeoutPolicy[].class));

    static final List<TimeZone> TIME_ZONES = List.of(new Gson().fromJson(LISTS.get("timezones"), TimeZone[].class));

    private SandboxLookups() {}

    /** The answer to {@code GET common/{lookup}}, one of {@link #NAMES}. */
    static SandboxResponse lookup(SandboxRouter.Call call) {
        return SandboxResponse.json(200, LISTS.get(call.named()));
    }

    /** The answer to {@code GET common/countries/{country}/states}: a list, or 404 for an unknown country. */
    static SandboxResponse states(SandboxRouter.Call call) {
        String country = call.named();
        if (statesOf(country) == null) {
            return Problems.Kind.COUNTRY_NOT_FOUND.answer("country '" + country + "' is not one of the countries"
                    + " lookup (" + call.version().pathPrefix()
                    + "user-admin/common/countries): use a value from it, such"
                    + " as USA.");
        }
        return SandboxResponse.json(200, new Gson().toJsonTree(statesOf(country)));
    }

    /** The states or provinces of a known country (empty for most), or null for an unknown country. */
    static List<String> statesOf(String country) {
        return switch (country) {
            case "USA" -> US_STATES;
            case "Canada" -> CANADIAN_PROVINCES;
            default -> COUNTRIES.contains(country) ? List.of() : null;
        };
    }

    /**
     * The values of a lookup-valued field's lookup (a state's: those of {@code country}), as the library's
     * {@code ProfileValidator.validateLookups} takes them.
     */
    static List<String> values(ProfileField field, String country) {
        return switch (field) {
            case COUNTRY -> COUNTRIES;
            case CONTACT_TYPE -> CONTACT_TYPES;
            case PREFERRED_LANGUAGE -> LANGUAGES;
            case TIME_ZONE -> TIME_ZONES.stream().map(TimeZone::timezone).toList();
            case SESSION_TIME_OUT ->
                TIMEOUT_POLICIES.stream()
                        .map(policy -> Integer.toString(policy.value()))
                        .toList();
            case STATE -> Objects.requireNonNullElse(statesOf(country), List.of());
            default -> List.of();
        };
    }

    /** True when {@code seconds} is the value of one of the timeout policies. */
    static boolean isTimeout(long seconds) {
        return TIMEOUT_POLICIES.stream().anyMatch(policy -> policy.value() == seconds);
    }

    private static List<String> strings(JsonElement list) {
        return List.of(new Gson().fromJson(list, String[].class));
    }
}
