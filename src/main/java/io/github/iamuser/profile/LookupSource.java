package io.github.iamuser.profile;

import java.util.List;

/** The IAM lookups that some profile fields must match, per account (null key: the client's own account). */
public interface LookupSource {
    /** Accepted {@code contactType} values. */
    List<String> contactTypes(String accountSwitchKey);

    /** Accepted {@code country} values. */
    List<String> countries(String accountSwitchKey);

    /** Accepted {@code state} values for a country (empty for most countries). */
    List<String> states(String country, String accountSwitchKey);

    /** Accepted {@code preferredLanguage} values. */
    List<String> supportedLanguages(String accountSwitchKey);

    /** Accepted {@code sessionTimeOut} values, in seconds. */
    List<Integer> sessionTimeOuts(String accountSwitchKey);

    /** Accepted {@code timeZone} values. */
    List<String> timeZones(String accountSwitchKey);
}
