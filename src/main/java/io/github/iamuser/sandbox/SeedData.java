package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Builds the users of {@link SandboxUsers} from the resources {@code users.txt} and {@code accounts.json}, as fresh
 * stores, for a start or a reset.
 */
final class SeedData {
    /** The groups, roles and products of the accounts, and the members every user and {@link SandboxUsers#US_USER} have. */
    static final JsonObject ACCOUNTS = resource("accounts.json");

    /** The users' table (see the resource's header): every column as row names to cells. */
    private static final List<Map<String, String>> COLUMNS = columns(text("users.txt"));

    /** The server-managed members every seeded user has before its profile. */
    private static final JsonObject SERVER_MANAGED = every("beforeProfile");

    /** The members every seeded user has after its profile: unlisted extras, then the flag-only members. */
    private static final JsonObject EXTRAS = every("afterProfile");

    private SeedData() {}

    /** Fresh stores of every account and user, with {@code generated} users of {@link GeneratedUsers} added. */
    static Accounts.Stores stores(int generated) {
        ConcurrentMap<String, JsonObject> own = new ConcurrentHashMap<>();
        Map<String, ConcurrentMap<String, JsonObject>> switched = new TreeMap<>();
        for (Map<String, String> column : COLUMNS) {
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

    /** Every column of a table (one row a line, cells between {@code |}, {@code #} lines left out). */
    private static List<Map<String, String>> columns(String table) {
        List<List<String>> rows = table.lines()
                .filter(row -> !row.startsWith("#"))
                .map(row ->
                        Arrays.stream(row.split("\\|", -1)).map(String::trim).toList())
                .toList();
        List<Map<String, String>> columns = new ArrayList<>();
        for (int column = 1; column < rows.get(0).size(); column++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (List<String> row : rows) {
                cells.put(row.get(0), column < row.size() ? row.get(column) : "");
            }
            columns.add(cells);
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
            addAll(user, ACCOUNTS.getAsJsonObject("usUser"));
        }
        return user;
    }

    /** Adds fresh copies of the members to the user. */
    private static void addAll(JsonObject user, JsonObject members) {
        members.deepCopy().entrySet().forEach(member -> user.add(member.getKey(), member.getValue()));
    }

    private static JsonObject every(String part) {
        return ACCOUNTS.getAsJsonObject("everyUser").getAsJsonObject(part);
    }

    /** The JSON object of a resource beside this class. */
    static JsonObject resource(String name) {
        return JsonParser.parseString(text(name)).getAsJsonObject();
    }

    private static String text(String resource) {
        try (InputStream in = Objects.requireNonNull(SeedData.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox's resource " + resource, e);
        }
    }
}
