package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.CANADIAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.CONTRACT_USER;
import static io.github.iamuser.sandbox.SandboxUsers.GERMAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.OWN_ACCOUNT_ID;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCHED_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY_WITH_CONTRACT;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the users of {@link SandboxUsers}, as fresh stores, for a start or a reset. */
final class SeedData {
    private SeedData() {}

    /** Fresh stores of every account and user. */
    static Accounts.Stores stores() {
        ConcurrentHashMap<String, JsonObject> own = new ConcurrentHashMap<>();
        put(
                own,
                user(
                        US_USER,
                        "alovelace",
                        OWN_ACCOUNT_ID,
                        true,
                        profile(
                                "firstName",
                                "Ada",
                                "lastName",
                                "Lovelace",
                                "email",
                                "ada.lovelace@example.com",
                                "secondaryEmail",
                                "ada@example.org",
                                "phone",
                                "6175550100",
                                "mobilePhone",
                                "6175550199",
                                "jobTitle",
                                "Chief Engineer",
                                "address",
                                "150 Broadway",
                                "city",
                                "Cambridge",
                                "state",
                                "MA",
                                "zipCode",
                                "02142",
                                "country",
                                "USA",
                                "contactType",
                                "Technical Decision Maker",
                                "preferredLanguage",
                                "English",
                                "timeZone",
                                "America/New_York",
                                "sessionTimeOut",
                                1800,
                                "tfaEnabled",
                                true)));
        put(
                own,
                user(
                        CANADIAN_USER,
                        "etremblay",
                        OWN_ACCOUNT_ID,
                        true,
                        profile(
                                "firstName",
                                "Émilie",
                                "lastName",
                                "Tremblay",
                                "email",
                                "emilie.tremblay@example.ca",
                                "secondaryEmail",
                                "",
                                "phone",
                                "(416) 555-0123",
                                "mobilePhone",
                                "",
                                "jobTitle",
                                "Billing Manager",
                                "address",
                                "100 Queen St W",
                                "city",
                                "Toronto",
                                "state",
                                "ON",
                                "zipCode",
                                "M5H 2N2",
                                "country",
                                "Canada",
                                "contactType",
                                "Billing",
                                "preferredLanguage",
                                "Français",
                                "timeZone",
                                "America/Toronto",
                                "sessionTimeOut",
                                3600,
                                "tfaEnabled",
                                true)));
        put(
                own,
                user(
                        GERMAN_USER,
                        "ghopper",
                        OWN_ACCOUNT_ID,
                        false,
                        profile(
                                "firstName",
                                "Grace",
                                "lastName",
                                "Hopper",
                                "email",
                                "grace.hopper@example.com",
                                "secondaryEmail",
                                "",
                                "phone",
                                "+49 30 1234567",
                                "mobilePhone",
                                "",
                                "jobTitle",
                                "",
                                "address",
                                "",
                                "city",
                                "",
                                "state",
                                "",
                                "zipCode",
                                "",
                                "country",
                                "Germany",
                                "contactType",
                                "",
                                "preferredLanguage",
                                "English",
                                "timeZone",
                                "Europe/Berlin",
                                "sessionTimeOut",
                                3600,
                                "tfaEnabled",
                                false)));
        for (int i = 0; i < SandboxUsers.LOAD_USER_COUNT; i++) {
            String n = String.format("%02d", i);
            put(
                    own,
                    user(
                            SandboxUsers.loadUser(i),
                            "loaduser" + n,
                            OWN_ACCOUNT_ID,
                            false,
                            profile(
                                    "firstName",
                                    "Load",
                                    "lastName",
                                    "User " + n,
                                    "email",
                                    "load.user" + n + "@example.com",
                                    "secondaryEmail",
                                    "",
                                    "phone",
                                    "21255501" + n,
                                    "mobilePhone",
                                    "",
                                    "jobTitle",
                                    "Tester",
                                    "address",
                                    n + " Hudson St",
                                    "city",
                                    "New York",
                                    "state",
                                    "NY",
                                    "zipCode",
                                    "10013",
                                    "country",
                                    "USA",
                                    "contactType",
                                    "Technical Decision Maker",
                                    "preferredLanguage",
                                    "English",
                                    "timeZone",
                                    "America/New_York",
                                    "sessionTimeOut",
                                    1800,
                                    "tfaEnabled",
                                    false)));
        }

        ConcurrentHashMap<String, JsonObject> switched = new ConcurrentHashMap<>();
        put(
                switched,
                user(
                        SWITCHED_USER,
                        "ksato",
                        SWITCH_KEY,
                        false,
                        profile(
                                "firstName",
                                "Kenji",
                                "lastName",
                                "Sato",
                                "email",
                                "kenji.sato@example.jp",
                                "secondaryEmail",
                                "",
                                "phone",
                                "+81 3 1234 5678",
                                "mobilePhone",
                                "",
                                "jobTitle",
                                "Security Lead",
                                "address",
                                "1-1 Chiyoda",
                                "city",
                                "Tokyo",
                                "state",
                                "",
                                "zipCode",
                                "100-0001",
                                "country",
                                "Japan",
                                "contactType",
                                "Security",
                                "preferredLanguage",
                                "日本語",
                                "timeZone",
                                "Asia/Tokyo",
                                "sessionTimeOut",
                                7200,
                                "tfaEnabled",
                                false)));

        ConcurrentHashMap<String, JsonObject> contract = new ConcurrentHashMap<>();
        put(
                contract,
                user(
                        CONTRACT_USER,
                        "psharma",
                        SWITCH_KEY_WITH_CONTRACT,
                        true,
                        profile(
                                "firstName",
                                "Priya",
                                "lastName",
                                "Sharma",
                                "email",
                                "priya.sharma@example.in",
                                "secondaryEmail",
                                "",
                                "phone",
                                "+91 80 1234 5678",
                                "mobilePhone",
                                "",
                                "jobTitle",
                                "Head of Procurement",
                                "address",
                                "1 MG Road",
                                "city",
                                "Bengaluru",
                                "state",
                                "",
                                "zipCode",
                                "560001",
                                "country",
                                "India",
                                "contactType",
                                "Business Decision Maker",
                                "preferredLanguage",
                                "English",
                                "timeZone",
                                "Asia/Kolkata",
                                "sessionTimeOut",
                                14400,
                                "tfaEnabled",
                                true)));

        return new Accounts.Stores(own, Map.of(SWITCH_KEY, switched, SWITCH_KEY_WITH_CONTRACT, contract));
    }

    private static void put(Map<String, JsonObject> store, JsonObject user) {
        store.put(user.get("uiIdentityId").getAsString(), user);
    }

    /** The profile fields from alternating names and values (String, Integer or Boolean). */
    private static JsonObject profile(Object... namesAndValues) {
        JsonObject profile = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            profile.add(
                    (String) namesAndValues[i],
                    value instanceof String s
                            ? new JsonPrimitive(s)
                            : value instanceof Boolean b ? new JsonPrimitive(b) : new JsonPrimitive((Number) value));
        }
        return profile;
    }

    /** A stored user: server-managed members, the profile, unlisted extras and the flag-only members. */
    private static JsonObject user(String id, String userName, String accountId, boolean tfa, JsonObject profile) {
        JsonObject user = new JsonObject();
        user.addProperty("uiIdentityId", id);
        user.addProperty("uiUserName", userName);
        user.addProperty("accountId", accountId);
        user.addProperty("isLocked", false);
        user.addProperty("lastLoginDate", "2026-10-01T09:30:00.000Z");
        user.addProperty("passwordExpiryDate", "2027-03-01T00:00:00.000Z");
        profile.entrySet().forEach(field -> user.add(field.getKey(), field.getValue()));
        user.addProperty("tfaConfigured", tfa);
        user.addProperty("emailUpdatePending", false);
        user.addProperty("userStatus", "ACTIVE");
        user.add("notifications", notifications());
        user.add("actions", actions());
        user.add("authGrants", authGrants());
        return user;
    }

    private static JsonObject notifications() {
        JsonObject options = new JsonObject();
        options.addProperty("newUserNotification", true);
        options.addProperty("passwordExpiry", true);
        JsonArray proactive = new JsonArray();
        proactive.add("EdgeKV");
        options.add("proactive", proactive);
        options.add("upgrade", new JsonArray());
        JsonObject notifications = new JsonObject();
        notifications.addProperty("enableEmailNotifications", true);
        notifications.add("options", options);
        return notifications;
    }

    private static JsonObject actions() {
        JsonObject actions = new JsonObject();
        for (String action : new String[] {
            "apiClient",
            "delete",
            "edit",
            "isCloneable",
            "resetPassword",
            "thirdPartyAccess",
            "canEditTFA",
            "editProfile",
            "editRole"
        }) {
            actions.addProperty(action, true);
        }
        return actions;
    }

    private static JsonArray authGrants() {
        JsonObject grant = new JsonObject();
        grant.addProperty("groupId", 12345);
        grant.addProperty("groupName", "Top Level Group");
        grant.addProperty("isBlocked", false);
        grant.addProperty("roleId", 3);
        grant.addProperty("roleName", "Admin");
        grant.addProperty("roleDescription", "Manages users and API clients of the group.");
        JsonArray grants = new JsonArray();
        grants.add(grant);
        return grants;
    }
}
