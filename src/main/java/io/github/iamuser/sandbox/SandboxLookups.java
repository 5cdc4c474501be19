package io.github.iamuser.sandbox;

import java.util.List;
import java.util.Map;

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

    /** Timeout policy names to their values in seconds, in the order the lookup lists them. */
    static final List<Map.Entry<String, Integer>> TIMEOUT_POLICIES = List.of(
            Map.entry("after15Minutes", 900),
            Map.entry("after30Minutes", 1800),
            Map.entry("after45Minutes", 2700),
            Map.entry("after1Hour", 3600),
            Map.entry("after2Hours", 7200),
            Map.entry("after4Hours", 14400),
            Map.entry("after18Hours", 64800));

    /** Time zones as {timezone, description, offset, posix}, in the form of Akamai's reference example. */
    static final List<List<String>> TIME_ZONES = TextTable.rows("""
            GMT                 | GMT                       | 0     | GMT
            Europe/London       | Europe/London GMT         | 0     | Europe/London
            Europe/Berlin       | Europe/Berlin GMT+1       | +1    | Europe/Berlin
            Europe/Paris        | Europe/Paris GMT+1        | +1    | Europe/Paris
            Asia/Kolkata        | Asia/Kolkata GMT+5:30     | +5:30 | Asia/Kolkata
            Asia/Singapore      | Asia/Singapore GMT+8      | +8    | Asia/Singapore
            Asia/Tokyo          | Asia/Tokyo GMT+9          | +9    | Asia/Tokyo
            Australia/Sydney    | Australia/Sydney GMT+10   | +10   | Australia/Sydney
            America/Toronto     | America/Toronto GMT-5     | -5    | America/Toronto
            America/New_York    | America/New York GMT-5    | -5    | America/New_York
            America/Chicago     | America/Chicago GMT-6     | -6    | America/Chicago
            America/Denver      | America/Denver GMT-7      | -7    | America/Denver
            America/Los_Angeles | America/Los Angeles GMT-8 | -8    | America/Los_Angeles
            America/Sao_Paulo   | America/Sao Paulo GMT-3   | -3    | America/Sao_Paulo
            """);

    private SandboxLookups() {}

    /** The states or provinces of a known country (empty for most), or null for an unknown country. */
    static List<String> statesOf(String country) {
        return switch (country) {
            case "USA" -> US_STATES;
            case "Canada" -> CANADIAN_PROVINCES;
            default -> COUNTRIES.contains(country) ? List.of() : null;
        };
    }

    /** True when {@code timeZone} is the {@code timezone} of one of the time zones. */
    static boolean isTimeZone(String timeZone) {
        return TIME_ZONES.stream().anyMatch(zone -> zone.get(0).equals(timeZone));
    }

    /** True when {@code seconds} is the value of one of the timeout policies. */
    static boolean isTimeout(long seconds) {
        return TIMEOUT_POLICIES.stream().anyMatch(policy -> policy.getValue() == seconds);
    }
}
