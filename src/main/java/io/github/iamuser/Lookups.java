package io.github.iamuser;

import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Role;
import java.util.Collections;
import java.util.List;

/**
 * The lookups that list the values a profile's fields accept, from {@link IamClient#lookups()}, asked
 * of the client's API version, and (IAM v3 only) the groups, roles and notification products that role
 * assignments and notifications take; each list is read-only; the account is the client's ({@link
 * IamClient#withAccountSwitchKey} for another).
 */
public final class Lookups {
    private final VersionedCalls api;

    Lookups(VersionedCalls api) {
        this.api = api;
    }

    /** The values a profile's {@code contactType} accepts. */
    public List<String> contactTypes() {
        return list(api.contactTypes(null));
    }

    /** The values a profile's {@code country} accepts. */
    public List<String> countries() {
        return list(api.countries(null));
    }

    /** The states or provinces of a country as the countries lookup spells it ({@code USA}, {@code Canada}; others have none). */
    public List<String> states(String country) {
        VersionedCalls.requireText("country", country);
        return list(api.states(country, null));
    }

    /** The values a profile's {@code preferredLanguage} accepts. */
    public List<String> supportedLanguages() {
        return list(api.supportedLanguages(null));
    }

    /** The session timeout policies; their values, in seconds, are what {@code sessionTimeOut} accepts. */
    public List<TimeoutPolicy> timeoutPolicies() {
        return list(api.timeoutPolicies(null));
    }

    /** The time zones; their {@code timezone} values are what a profile's {@code timeZone} accepts. */
    public List<TimeZone> timeZones() {
        return list(api.timeZones(null));
    }

    /** The account's groups as a tree (IAM v3 only): the group ids role assignments take. */
    public List<Group> groups() {
        return list(api.groups(null));
    }

    /** The account's roles (IAM v3 only): the role ids role assignments take; type {@code account} is an account-level role. */
    public List<Role> roles() {
        return list(api.roles(null));
    }

    /** The product names a user's proactive and upgrade notifications take (IAM v3 only). */
    public List<String> notificationProducts() {
        return list(api.notificationProducts(null));
    }

    private static <T> List<T> list(List<T> values) {
        return Collections.unmodifiableList(values);
    }
}
