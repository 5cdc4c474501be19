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
import io.github.iamuser.profile.ProfileUpdateResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes users, differences and update results for people (aligned text, every value from the server
 * escaped with {@link SafeWriter#escape}) or machines (JSON, whose strings Gson and {@link SafeWriter}
 * escape).
 */
final class Printer {
    private static final Gson JSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final PrintWriter out;
    private final boolean json;

    Printer(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /**
     * Prints a user: its profile fields (those of {@code version}), a field the answer lacks as {@code
     * (absent)} unless {@code version} leaves it out for no value (v3's optional text fields: shown empty,
     * as v2's {@code ""}); as JSON, every member.
     */
    void user(IamUser user, ApiVersion version) {
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
    }

    /** Prints a list (a lookup): as JSON, or one line per element. */
    <T> void list(List<T> values, Function<? super T, String> line) {
        if (json) {
            out.println(JSON.toJson(values));
        } else {
            values.forEach(value -> out.println(escape(line.apply(value))));
        }
    }

    /** Prints what an update did, or would do in a dry run. */
    void result(String uiIdentityId, ProfileUpdateResult result) {
        if (json) {
            out.println(JSON.toJson(resultJson(result)));
            return;
        }
        switch (result.outcome()) {
            case UNCHANGED ->
                out.println(
                        "Nothing to change: " + escape(uiIdentityId) + " already has these values. Nothing was sent.");
            case DRY_RUN -> {
                out.println("Dry run for " + escape(uiIdentityId) + ": nothing was sent. The update would change:");
                diff(result.changes());
                JsonObject body = JsonParser.parseString(result.requestBody()).getAsJsonObject();
                List<String> leftOut = ProfileField.names(ProfileField.versionOf(body)).stream()
                        .filter(name -> !body.has(name))
                        .toList();
                out.println("It would PUT this complete body ("
                        + (leftOut.isEmpty()
                                ? "all " + body.size() + " fields"
                                : body.size() + " fields; " + String.join(", ", leftOut)
                                        + " left out, as IAM v3 writes no value")
                        + "):");
                out.println(JSON.toJson(body));
            }
            case UPDATED -> {
                out.println("Updated " + escape(uiIdentityId) + ":");
                diff(result.changes());
                if (result.serverDifferences().isEmpty()) {
                    out.println("The server stored exactly what was sent; no other field changed.");
                } else {
                    out.println("Warning: the server stored these fields differently from what was sent:");
                    diff(result.serverDifferences());
                }
            }
            default -> throw new IllegalStateException(result.outcome().name());
        }
    }

    /** Prints a field-by-field difference as an aligned table. */
    void diff(List<FieldDiff> changes) {
        String column = nameColumn(changes.stream().map(FieldDiff::field).toList());
        for (FieldDiff d : changes) {
            out.printf(column + " %s -> %s%n", d.field(), quote(d.before()), quote(d.after()));
        }
    }

    /** The format of the field-name column: 18 wide, or wider for a longer name such as additionalAuthentication. */
    private static String nameColumn(java.util.Collection<String> names) {
        return "  %-"
                + Math.max(18, names.stream().mapToInt(String::length).max().orElse(0) + 1) + "s";
    }

    private static String quote(String value) {
        return value == null ? "(absent)" : "\"" + escape(value) + "\"";
    }

    private static JsonObject resultJson(ProfileUpdateResult result) {
        JsonObject o = new JsonObject();
        o.addProperty("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        o.add("changes", diffJson(result.changes()));
        o.add("requestBody", result.requestBody() == null ? null : JsonParser.parseString(result.requestBody()));
        o.add("before", JSON.toJsonTree(result.before()));
        o.add("after", JSON.toJsonTree(result.after()));
        o.add("serverDifferences", diffJson(result.serverDifferences()));
        return o;
    }

    private static JsonArray diffJson(List<FieldDiff> diffs) {
        JsonArray array = new JsonArray();
        diffs.forEach(d -> array.add(JSON.toJsonTree(d)));
        return array;
    }
}
