package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the lookup-valued fields of a profile (contactType, country, state, preferredLanguage,
 * timeZone, sessionTimeOut) against the account's lookups; only changed fields are checked.
 */
public final class LookupValidator {
    private final LookupSource lookups;

    /** Checks against {@code lookups} (wrap it in {@link CachedLookups} to ask the API once per account). */
    public LookupValidator(LookupSource lookups) {
        this.lookups = lookups;
    }

    /** The lookup violations of the changed fields of {@code profile} in the given account. */
    public List<Violation> validate(JsonObject profile, Set<String> changed, String accountSwitchKey) {
        List<Violation> found = new ArrayList<>();
        String country = text(profile, "country");
        check(found, changed, profile, "contactType", () -> lookups.contactTypes(accountSwitchKey), true);
        check(found, changed, profile, "country", () -> lookups.countries(accountSwitchKey), false);
        check(found, changed, profile, "preferredLanguage", () -> lookups.supportedLanguages(accountSwitchKey), false);
        check(found, changed, profile, "timeZone", () -> lookups.timeZones(accountSwitchKey), false);
        boolean knownCountry = country != null
                && !country.isEmpty()
                && lookups.countries(accountSwitchKey).contains(country);
        if ((changed.contains("state") || changed.contains("country")) && knownCountry) {
            String state = text(profile, "state");
            List<String> states = lookups.states(country, accountSwitchKey);
            boolean tbd = "USA".equals(country) && "TBD".equals(state);
            if (state != null && !state.isEmpty() && !tbd && !states.contains(state)) {
                found.add(Violation.of(
                        "state",
                        "states lookup",
                        states.isEmpty()
                                ? "must be empty for " + country + ", which has no states in the lookup"
                                : "must be one of the states of " + country + ", for example " + states.get(0),
                        state));
            }
        }
        JsonElement timeout = profile.get("sessionTimeOut");
        if (changed.contains("sessionTimeOut")
                && timeout != null
                && timeout.isJsonPrimitive()
                && timeout.getAsJsonPrimitive().isNumber()) {
            List<Integer> allowed = lookups.sessionTimeOuts(accountSwitchKey);
            if (!allowed.contains(timeout.getAsInt())) {
                found.add(Violation.of(
                        "sessionTimeOut",
                        "timeout policies",
                        "must be one of the timeout policies " + allowed + " (seconds)",
                        timeout.getAsString()));
            }
        }
        return found;
    }

    private static void check(
            List<Violation> found,
            Set<String> changed,
            JsonObject profile,
            String field,
            java.util.function.Supplier<List<String>> allowed,
            boolean emptyAllowed) {
        String value = text(profile, field);
        if (!changed.contains(field) || value == null || (emptyAllowed && value.isEmpty())) {
            return;
        }
        List<String> values = allowed.get();
        if (!values.contains(value)) {
            found.add(Violation.of(
                    field,
                    field + " lookup",
                    "must be one of the " + field
                            + " lookup values, for example " + (values.isEmpty() ? "(none listed)" : values.get(0))
                            + "; see 'iam-user lookups'",
                    value));
        }
    }

    private static String text(JsonObject profile, String field) {
        JsonElement value = profile.get(field);
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isString()
                ? value.getAsString()
                : null;
    }
}
