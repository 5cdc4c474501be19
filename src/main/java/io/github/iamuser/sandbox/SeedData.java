package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.profile.ProfileField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Builds the users of {@link SandboxUsers}, as fresh stores, for a start or a reset. */
final class SeedData {
    /**
     * The seeded users, a column each: identity, account, whether two-factor authentication and the
     * additional authentication method are set up ({@code tfaConfigured}, {@code
     * additionalAuthenticationConfigured}), then the profile fields in {@link ProfileField} order (an empty cell is {@code ""}; v2's {@code tfaEnabled}
     * follows from v3's {@code additionalAuthentication}, see {@link SecondFactor}). The column whose cells
     * hold {@code {n}} stands for every load user, {@code {n}} being its two-digit number. Two tables only
     * to keep the lines short.
     */
    private static final List<String> TABLES = List.of("""
            uiIdentityId      | A-B-1CDEFG               | A-B-2HIJKL                 | A-B-3MNOPQ
            uiUserName        | alovelace                | etremblay                  | ghopper
            accountId         | 1-1TJZFW                 | 1-1TJZFW                   | 1-1TJZFW
            tfaConfigured     | true                     | true                       | false
            authConfigured    | true                     | true                       | true
            firstName         | Ada                      | Émilie                     | Grace
            lastName          | Lovelace                 | Tremblay                   | Hopper
            email             | ada.lovelace@example.com | emilie.tremblay@example.ca | grace.hopper@example.com
            secondaryEmail    | ada@example.org          |                            |
            phone             | 6175550100               | (416) 555-0123             | +49 30 1234567
            mobilePhone       | 6175550199               |                            |
            jobTitle          | Chief Engineer           | Billing Manager            |
            address           | 150 Broadway             | 100 Queen St W             |
            city              | Cambridge                | Toronto                    |
            state             | MA                       | ON                         |
            zipCode           | 02142                    | M5H 2N2                    |
            country           | USA                      | Canada                     | Germany
            contactType       | Technical Decision Maker | Billing                    |
            preferredLanguage | English                  | Français                   | English
            timeZone          | America/New_York         | America/Toronto            | Europe/Berlin
            sessionTimeOut    | 1800                     | 3600                       | 3600
            additionalAuth    | TFA                      | TFA                        | MFA
            """, """
            uiIdentityId      | B-C-4RSTUV            | B-D-5WXYZA              | L-U-0000{n}
            uiUserName        | ksato                 | psharma                 | loaduser{n}
            accountId         | 1-5C0YLB              | 1-5C0YLB:1-8BYUX        | 1-1TJZFW
            tfaConfigured     | false                 | true                    | false
            authConfigured    | false                 | true                    | false
            firstName         | Kenji                 | Priya                   | Load
            lastName          | Sato                  | Sharma                  | User {n}
            email             | kenji.sato@example.jp | priya.sharma@example.in | load.user{n}@example.com
            secondaryEmail    |                       |                         |
            phone             | +81 3 1234 5678       | +91 80 1234 5678        | 21255501{n}
            mobilePhone       |                       |                         |
            jobTitle          | Security Lead         | Head of Procurement     | Tester
            address           | 1-1 Chiyoda           | 1 MG Road               | {n} Hudson St
            city              | Tokyo                 | Bengaluru               | New York
            state             |                       |                         | NY
            zipCode           | 100-0001              | 560001                  | 10013
            country           | Japan                 | India                   | USA
            contactType       | Security              | Business Decision Maker | Technical Decision Maker
            preferredLanguage | 日本語                | English                 | English
            timeZone          | Asia/Tokyo            | Asia/Kolkata            | America/New_York
            sessionTimeOut    | 7200                  | 14400                   | 1800
            additionalAuth    | NONE                  | TFA                     | NONE
            """);

    /** The server-managed members every seeded user has before its profile. */
    private static final JsonObject SERVER_MANAGED = json("""
            {"isLocked": false, "lastLoginDate": "2026-10-01T09:30:00.000Z",
             "passwordExpiryDate": "2027-03-01T00:00:00.000Z"}
            """);

    /** The members every seeded user has after its profile: unlisted extras, then the flag-only members. */
    private static final JsonObject EXTRAS = json("""
            {
              "emailUpdatePending": false,
              "userStatus": "ACTIVE",
              "notifications": {
                "enableEmailNotifications": true,
                "options": {"newUserNotification": true, "passwordExpiry": true, "proactive": ["EdgeKV"], "upgrade": [],
                  "apiClientCredentialExpiryNotification": false}
              },
              "actions": {
                "apiClient": true, "delete": true, "edit": true, "isCloneable": true, "resetPassword": true,
                "thirdPartyAccess": true, "canEditTFA": true, "editProfile": true, "editRole": true
              },
              "authGrants": [{
                "groupId": 12345, "groupName": "Top Level Group", "isBlocked": false,
                "roleId": 3, "roleName": "Admin", "roleDescription": "Manages users and API clients of the group."
              }]
            }
            """);

    private SeedData() {}

    /** Fresh stores of every account and user, with {@code generated} users of {@link GeneratedUsers} added. */
    static Accounts.Stores stores(int generated) {
        ConcurrentMap<String, JsonObject> own = new ConcurrentHashMap<>();
        Map<String, ConcurrentMap<String, JsonObject>> switched = new TreeMap<>();
        for (Map<String, String> column : columns()) {
            for (Map<String, String> cells : expanded(column)) {
                JsonObject user = user(cells);
                String account = cells.get("accountId");
                ConcurrentMap<String, JsonObject> users = account.equals(SandboxUsers.OWN_ACCOUNT_ID)
                        ? own
                        : switched.computeIfAbsent(account, key -> new ConcurrentHashMap<>());
                users.put(cells.get("uiIdentityId"), user);
            }
        }
        for (int i = 0; i < generated; i++) {
            own.put(SandboxUsers.generatedUser(i), user(GeneratedUsers.cells(i)));
        }
        return new Accounts.Stores(own, Map.copyOf(switched));
    }

    /** Every column of the tables (one row a line, cells between {@code |}), as row names to cells. */
    private static List<Map<String, String>> columns() {
        List<Map<String, String>> columns = new ArrayList<>();
        for (String table : TABLES) {
            List<List<String>> rows = table.lines()
                    .map(row -> Arrays.stream(row.split("\\|", -1))
                            .map(String::trim)
                            .toList())
                    .toList();
            for (int column = 1; column < rows.get(0).size(); column++) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (List<String> row : rows) {
                    cells.put(row.get(0), column < row.size() ? row.get(column) : "");
                }
                columns.add(cells);
            }
        }
        return columns;
    }

    /** The column itself, or, for the load users' column, one copy per load user with {@code {n}} filled in. */
    private static List<Map<String, String>> expanded(Map<String, String> column) {
        if (!column.get("uiIdentityId").contains("{n}")) {
            return List.of(column);
        }
        List<Map<String, String>> users = new ArrayList<>();
        for (int i = 0; i < SandboxUsers.LOAD_USER_COUNT; i++) {
            String n = String.format("%02d", i);
            Map<String, String> cells = new LinkedHashMap<>();
            column.forEach((row, cell) -> cells.put(row, cell.replace("{n}", n)));
            users.add(cells);
        }
        return users;
    }

    /** A stored user: identity, server-managed members, the profile, unlisted extras and the flag-only members. */
    private static JsonObject user(Map<String, String> cells) {
        JsonObject user = new JsonObject();
        user.addProperty("uiIdentityId", cells.get("uiIdentityId"));
        user.addProperty("uiUserName", cells.get("uiUserName"));
        user.addProperty("accountId", cells.get("accountId"));
        addAll(user, SERVER_MANAGED);
        for (ProfileField field : ProfileField.values()) {
            String cell = switch (field) {
                case TFA_ENABLED -> String.valueOf(SecondFactor.tfaEnabled(cells.get("additionalAuth")));
                case ADDITIONAL_AUTHENTICATION -> cells.get("additionalAuth");
                default -> cells.get(field.jsonName());
            };
            user.add(
                    field.jsonName(),
                    switch (field.type()) {
                        case STRING -> new JsonPrimitive(cell);
                        case INTEGER -> new JsonPrimitive(Integer.parseInt(cell));
                        case BOOLEAN -> new JsonPrimitive(Boolean.parseBoolean(cell));
                    });
        }
        user.addProperty("tfaConfigured", Boolean.parseBoolean(cells.get("tfaConfigured")));
        user.addProperty("additionalAuthenticationConfigured", Boolean.parseBoolean(cells.get("authConfigured")));
        addAll(user, EXTRAS);
        if (cells.get("uiIdentityId").equals(SandboxUsers.US_USER)) {
            user.add("authGrants", AccessData.US_USER_GRANTS.deepCopy());
            user.add("notifications", AccessData.US_USER_NOTIFICATIONS.deepCopy());
        }
        return user;
    }

    /** Adds fresh copies of the members to the user. */
    private static void addAll(JsonObject user, JsonObject members) {
        members.deepCopy().entrySet().forEach(member -> user.add(member.getKey(), member.getValue()));
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
