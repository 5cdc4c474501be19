package io.github.iamuser;

import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.options.RequestOptions;
import java.util.Collections;
import java.util.List;

/**
 * The lookups that list the values a profile's fields accept, from {@link IamClient#lookups()}, asked
 * of the client's API version, and (IAM v3 only) the groups, roles and notification products that role
 * assignments and notifications take; each list is read-only, and each call takes optional {@link
 * RequestOptions} (the account).
 */
public final class Lookups {
    private final VersionedCalls api;

    Lookups(VersionedCalls api) {
        this.api = api;
    }

    /** The values a profile's {@code contactType} accepts. */
    public List<String> contactTypes() {
        return contactTypes(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<String> contactTypes(RequestOptions options) {
        return list(api.contactTypes(VersionedCalls.key(options)));
    }

    /** The values a profile's {@code country} accepts. */
    public List<String> countries() {
        return countries(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<String> countries(RequestOptions options) {
        return list(api.countries(VersionedCalls.key(options)));
    }

    /** The states or provinces of a country as the countries lookup spells it ({@code USA}, {@code Canada}; others have none). */
    public List<String> states(String country) {
        return states(country, RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<String> states(String country, RequestOptions options) {
        VersionedCalls.requireText("country", country);
        return list(api.states(country, VersionedCalls.key(options)));
    }

    /** The values a profile's {@code preferredLanguage} accepts. */
    public List<String> supportedLanguages() {
        return supportedLanguages(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<String> supportedLanguages(RequestOptions options) {
        return list(api.supportedLanguages(VersionedCalls.key(options)));
    }

    /** The session timeout policies; their values, in seconds, are what {@code sessionTimeOut} accepts. */
    public List<TimeoutPolicy> timeoutPolicies() {
        return timeoutPolicies(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<TimeoutPolicy> timeoutPolicies(RequestOptions options) {
        return list(api.timeoutPolicies(VersionedCalls.key(options)));
    }

    /** The time zones; their {@code timezone} values are what a profile's {@code timeZone} accepts. */
    public List<TimeZone> timeZones() {
        return timeZones(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<TimeZone> timeZones(RequestOptions options) {
        return list(api.timeZones(VersionedCalls.key(options)));
    }

    /** The account's groups as a tree (IAM v3 only): the group ids role assignments take. */
    public List<Group> groups() {
        return groups(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<Group> groups(RequestOptions options) {
        return list(api.groups(VersionedCalls.key(options)));
    }

    /** The account's roles (IAM v3 only): the role ids role assignments take; type {@code account} is an account-level role. */
    public List<Role> roles() {
        return roles(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<Role> roles(RequestOptions options) {
        return list(api.roles(VersionedCalls.key(options)));
    }

    /** The product names a user's proactive and upgrade notifications take (IAM v3 only). */
    public List<String> notificationProducts() {
        return notificationProducts(RequestOptions.none());
    }

    /** The same, in the account the options select. */
    public List<String> notificationProducts(RequestOptions options) {
        return list(api.notificationProducts(VersionedCalls.key(options)));
    }

    private static <T> List<T> list(List<T> values) {
        return Collections.unmodifiableList(values);
    }
}
