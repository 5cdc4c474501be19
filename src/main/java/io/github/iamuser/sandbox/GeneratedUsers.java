package io.github.iamuser.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users {@code IamSandbox.builder().users(n)} adds to the own account, for bulk runs and
 * benchmarks: valid profiles in the USA whose names, titles, phones and two-factor settings vary
 * with their number, the same on every start and reset.
 */
final class GeneratedUsers {
    private static final List<String> FIRST_NAMES =
            List.of("Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Noor", "Zoë");
    private static final List<String> LAST_NAMES =
            List.of("Smith", "García", "Chen", "Okafor", "Müller", "Rossi", "Kowalski", "Tanaka", "Singh", "Dubois");
    private static final List<String> TITLES =
            List.of("Engineer", "Analyst", "", "Site Reliability Engineer", "Product Manager", "Security Lead");

    private GeneratedUsers() {}

    /** The cells of generated user {@code index} (0-based), in the form {@link SeedData} builds users from. */
    static Map<String, String> cells(int index) {
        String n = String.format("%06d", index);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("uiIdentityId", SandboxUsers.generatedUser(index));
        cells.put("uiUserName", "user" + n);
        cells.put("accountId", SandboxUsers.OWN_ACCOUNT_ID);
        cells.put("tfaConfigured", Boolean.toString(index % 2 == 0));
        cells.put("firstName", FIRST_NAMES.get(index % FIRST_NAMES.size()));
        cells.put("lastName", LAST_NAMES.get(index / FIRST_NAMES.size() % LAST_NAMES.size()));
        cells.put("email", "user" + n + "@example.com");
        cells.put("secondaryEmail", index % 3 == 0 ? "user" + n + "@example.org" : "");
        cells.put("phone", "212555" + String.format("%04d", index % 10_000));
        cells.put("mobilePhone", index % 4 == 0 ? "646555" + String.format("%04d", index % 10_000) : "");
        cells.put("jobTitle", TITLES.get(index % TITLES.size()));
        cells.put("address", (index + 1) + " Broadway");
        cells.put("city", "New York");
        cells.put("state", "NY");
        cells.put("zipCode", "10013");
        cells.put("country", "USA");
        cells.put("contactType", "Technical Decision Maker");
        cells.put("preferredLanguage", "English");
        cells.put("timeZone", "America/New_York");
        cells.put("sessionTimeOut", index % 5 == 0 ? "3600" : "1800");
        // v3's method; v2's tfaEnabled follows (TFA for the even numbers), and some odd ones use Akamai MFA.
        String method = index % 2 == 0 ? "TFA" : index % 6 == 1 ? "MFA" : "NONE";
        cells.put("additionalAuth", method);
        cells.put("authConfigured", Boolean.toString(!method.equals("NONE")));
        return cells;
    }
}
