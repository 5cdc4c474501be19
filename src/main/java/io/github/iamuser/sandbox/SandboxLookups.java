package io.github.iamuser.sandbox;

import io.github.iamuser.profile.ProfileField;
import java.util.List;
import java.util.Objects;

/** The fixed lookup lists the sandbox serves and validates profiles against. */
final class SandboxLookups {
    static final List<String> CONTACT_TYPES =
            List.of("Billing", "Technical Decision Maker", "Business Decision Maker", "Security");

    static final List<String> COUNTRIES = List.of(
            "Argentina",
            "Australia",
            "Austria",
            "Belgium",
            "Brazil",
            "Canada",
            "China",
            "Denmark",
            "Finland",
            "France",
            "Germany",
            "India",
            "Ireland",
            "Israel",
            "Italy",
            "Japan",
            "Mexico",
            "Netherlands",
            "New Zealand",
            "Norway",
            "Poland",
            "Singapore",
            "South Africa",
            "South Korea",
            "Spain",
            "Sweden",
            "Switzerland",
            "United Kingdom",
            "USA");

    static final List<String> US_STATES = List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    static final List<String> CANADIAN_PROVINCES =
            List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    /** The state the USA accepts in place of a real one, although the states lookup does not list it. */
    static final String US_PLACEHOLDER_STATE = "TBD";

    static final List<String> LANGUAGES =
            List.of("English", "Deutsch", "Español", "Français", "Italiano", "Português", "日本語", "한국어", "中文");

    /** A timeout policy: its name and its value in seconds. */
    record TimeoutPolicy(String name, int value) {}

    /** A time zone, in the form of Akamai's reference example. */
    record TimeZone(String timezone, String description, String offset, String posix) {}

    /** The timeout policies, in the order the lookup lists them. */
    static final List<TimeoutPolicy> TIMEOUT_POLICIES = List.of(
            new TimeoutPolicy("after15Minutes", 900),
            new TimeoutPolicy("after30Minutes", 1800),
            new TimeoutPolicy("after45Minutes", 2700),
            new TimeoutPolicy("after1Hour", 3600),
            new TimeoutPolicy("after2Hours", 7200),
            new TimeoutPolicy("after4Hours", 14400),
            new TimeoutPolicy("after18Hours", 64800));

    static final List<TimeZone> TIME_ZONES = List.of(
            new TimeZone("GMT", "GMT", "0", "GMT"),
            new TimeZone("Europe/London", "Europe/London GMT", "0", "Europe/London"),
            new TimeZone("Europe/Berlin", "Europe/Berlin GMT+1", "+1", "Europe/Berlin"),
            new TimeZone("Europe/Paris", "Europe/Paris GMT+1", "+1", "Europe/Paris"),
            new TimeZone("Asia/Kolkata", "Asia/Kolkata GMT+5:30", "+5:30", "Asia/Kolkata"),
            new TimeZone("Asia/Singapore", "Asia/Singapore GMT+8", "+8", "Asia/Singapore"),
            new TimeZone("Asia/Tokyo", "Asia/Tokyo GMT+9", "+9", "Asia/Tokyo"),
            new TimeZone("Australia/Sydney", "Australia/Sydney GMT+10", "+10", "Australia/Sydney"),
            new TimeZone("America/Toronto", "America/Toronto GMT-5", "-5", "America/Toronto"),
            new TimeZone("America/New_York", "America/New York GMT-5", "-5", "America/New_York"),
            new TimeZone("America/Chicago", "America/Chicago GMT-6", "-6", "America/Chicago"),
            new TimeZone("America/Denver", "America/Denver GMT-7", "-7", "America/Denver"),
            new TimeZone("America/Los_Angeles", "America/Los Angeles GMT-8", "-8", "America/Los_Angeles"),
            new TimeZone("America/Sao_Paulo", "America/Sao Paulo GMT-3", "-3", "America/Sao_Paulo"));

    private SandboxLookups() {}

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
}
