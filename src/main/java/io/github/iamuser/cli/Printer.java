package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.UpdateResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes users, differences and update results for people (aligned text, every value from the server
 * escaped with {@link SafeWriter#escape}) or machines (JSON, whose strings Gson and {@link SafeWriter}
 * escape).
 */
final class Printer {
    /** Pretty JSON, as every command prints it. */
    static final Gson JSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    /** For role assignments and notifications, where a null (a blocked group's role) is sent as such. */
    private static final Gson WITH_NULLS = JSON.newBuilder().serializeNulls().create();

    private final PrintWriter out;
    private final boolean json;

    Printer(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /**
     * Prints a user: its profile fields (those of {@code version}), a field the answer lacks as {@code
     * (absent)} unless {@code version} leaves it out for no value (v3's optional text fields: shown empty,
     * as v2's {@code ""}), then with {@code all} its role assignments and notifications; as JSON, every member.
     */
    void user(IamUser user, ApiVersion version, boolean all) {
        if (json) {
            out.println(JSON.toJson(user));
            return;
        }
        JsonObject fields = JSON.toJsonTree(user).getAsJsonObject();
        out.println("User " + escape(user.getUiIdentityId()) + " (" + escape(user.getUiUserName()) + ", account "
                + escape(user.getAccountId()) + ")");
        String column = nameColumn(ProfileField.names(version));
        for (ProfileField field : ProfileField.of(version)) {
            JsonElement value = fields.get(field.jsonName());
            String shown =
                    value != null ? escape(value.getAsString()) : field.leftOutWhenEmptyIn(version) ? "" : "(absent)";
            out.printf(column + " %s%n", field.jsonName(), shown);
        }
        if (all) {
            out.println("Role assignments:");
            grants(fields.get("authGrants"), "  ");
            out.println("Notifications:");
            notifications(fields.get("notifications"));
        }
    }

    /** Prints a list (a lookup): as JSON, or one line per element. */
    <T> void list(List<T> values, Function<? super T, String> line) {
        if (json) {
            out.println(JSON.toJson(values));
        } else {
            values.forEach(value -> out.println(escape(line.apply(value))));
        }
    }

    /**
     * Prints what an update did, or would do in a dry run, to the profile ({@code part} null) or to a part
     * such as "role assignments", and returns the exit code: 3 when the server stored something differently.
     */
    int result(String id, String part, UpdateResult<?> result) {
        Gson gson = part == null ? JSON : WITH_NULLS;
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
            o.add("changes", gson.toJsonTree(result.changes()));
            o.add("requestBody", result.requestBody() == null ? null : JsonParser.parseString(result.requestBody()));
            o.add("before", gson.toJsonTree(result.before()));
            o.add("after", gson.toJsonTree(result.after()));
            o.add("serverDifferences", gson.toJsonTree(result.serverDifferences()));
            out.println(gson.toJson(o));
        } else {
            switch (result.outcome()) {
                case UNCHANGED ->
                    out.println("Nothing to change: " + escape(id) + " already has these "
                            + (part == null ? "values" : part) + ". Nothing was sent.");
                case DRY_RUN -> {
                    out.println("Dry run for " + escape(id) + ": nothing was sent. The update would change:");
                    diff(result.changes());
                    JsonElement body = JsonParser.parseString(result.requestBody());
                    out.println(
                            part == null
                                    ? "It would PUT this complete body (" + fieldCount(body.getAsJsonObject()) + "):"
                                    : "It would PUT all the " + part + " (what is left out is taken away):");
                    out.println(gson.toJson(body));
                }
                case UPDATED -> {
                    out.println(
                            part == null
                                    ? "Updated " + escape(id) + ":"
                                    : "Updated the " + part + " of " + escape(id) + ":");
                    diff(result.changes());
                    out.println(
                            result.serverDifferences().isEmpty()
                                    ? "The server stored exactly what was sent"
                                            + (part == null ? "; no other field changed." : ".")
                                    : "Warning: the server stored these " + (part == null ? "fields " : "")
                                            + "differently from what was sent:");
                    diff(result.serverDifferences());
                }
            }
        }
        return result.serverDifferences().isEmpty() ? IamUserCli.OK : IamUserCli.STORED_DIFFERENTLY;
    }

    /** How many fields a complete body holds, naming those v3 leaves out for no value. */
    private static String fieldCount(JsonObject body) {
        List<String> leftOut = ProfileField.names(ProfileField.versionOf(body)).stream()
                .filter(name -> !body.has(name))
                .toList();
        return leftOut.isEmpty()
                ? "all " + body.size() + " fields"
                : body.size() + " fields; " + String.join(", ", leftOut) + " left out, as IAM v3 writes no value";
    }

    /** Prints a field-by-field difference as an aligned table. */
    private void diff(List<FieldDiff> changes) {
        String column = nameColumn(changes.stream().map(FieldDiff::field).toList());
        for (FieldDiff d : changes) {
            out.printf(column + " %s -> %s%n", d.field(), quote(d.before()), quote(d.after()));
        }
    }

    /** The format of the field-name column: 18 wide, or wider for a longer name such as additionalAuthentication. */
    private static String nameColumn(Collection<String> names) {
        return "  %-"
                + Math.max(18, names.stream().mapToInt(String::length).max().orElse(0) + 1) + "s";
    }

    private static String quote(String value) {
        return value == null ? "(absent)" : "\"" + escape(value) + "\"";
    }

    /** Prints role assignments as a GET answers them (either version), one line per group, indented by depth. */
    private void grants(JsonElement grants, String indent) {
        for (JsonElement element :
                grants == null || !grants.isJsonArray() ? new JsonArray() : grants.getAsJsonArray()) {
            JsonObject g = element.getAsJsonObject();
            Function<String, String> text =
                    m -> g.has(m) && !g.get(m).isJsonNull() ? g.get(m).getAsString() : "";
            String name = text.apply("roleName").isEmpty() ? "" : " (" + text.apply("roleName") + ")";
            String role = text.apply("roleId").isEmpty() ? "inherited" : "role " + text.apply("roleId") + name;
            out.println(escape(indent
                    + (g.has("groupId")
                            ? "group " + text.apply("groupId") + " (" + text.apply("groupName") + "): "
                                    + ("true".equals(text.apply("isBlocked")) ? "blocked" : role)
                            : "account " + role)));
            grants(g.get("subGroups"), indent + "  ");
        }
    }

    /** Prints notification settings as a GET answers them (either version): the switches, then the products. */
    private void notifications(JsonElement notifications) {
        if (notifications == null || !notifications.isJsonObject()) {
            out.println("  (none in the answer)");
            return;
        }
        JsonObject n = notifications.getAsJsonObject();
        JsonObject o =
                n.has("options") && n.get("options").isJsonObject() ? n.getAsJsonObject("options") : new JsonObject();
        out.println(escape("  emails " + onOff(n.get("enableEmailNotifications")) + "; password expiry "
                + onOff(o.get("passwordExpiry")) + "; new user " + onOff(o.get("newUserNotification"))
                + "; API client credential expiry " + onOff(o.get("apiClientCredentialExpiryNotification"))));
        for (String list : List.of("proactive", "upgrade")) {
            JsonElement products = o.get(list);
            List<String> names = new ArrayList<>();
            if (products != null && products.isJsonArray()) {
                products.getAsJsonArray().forEach(p -> names.add(p.isJsonNull() ? "null" : p.getAsString()));
            }
            out.println(escape("  " + list + ": "
                    + (products == null ? "(absent)" : names.isEmpty() ? "(none)" : String.join(", ", names))));
        }
    }

    private static String onOff(JsonElement value) {
        return value == null || value.isJsonNull() ? "(absent)" : value.getAsBoolean() ? "on" : "off";
    }
}
