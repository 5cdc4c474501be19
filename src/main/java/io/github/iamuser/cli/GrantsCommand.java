package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.grants.GrantsChange;
import io.github.iamuser.grants.PartUpdateResult;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.UpdateOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iam-user grants ID --set GROUP=ROLE --remove GROUP --block GROUP --unblock GROUP}: a safe change of role assignments. */
@Command(
        name = "grants",
        description = {
            "Safely change a user's role assignments (IAM v3): read them, change only the groups named, and send"
                    + " every assignment back (the PUT replaces them all). Groups and subgroups not named keep theirs."
        })
final class GrantsCommand extends ApiCommand {
    private static final Gson PRETTY = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();

    @Mixin
    UserArgument user;

    @Option(names = "--set", paramLabel = "GROUP_ID=ROLE_ID", description = "Give role ROLE_ID on group GROUP_ID.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--remove",
            paramLabel = "GROUP_ID",
            description = "Take the group away (a subgroup inherits again).")
    List<Long> removes = new ArrayList<>();

    @Option(names = "--block", paramLabel = "GROUP_ID", description = "Block the user from the group.")
    List<Long> blocks = new ArrayList<>();

    @Option(names = "--unblock", paramLabel = "GROUP_ID", description = "Unblock a subgroup: it inherits again.")
    List<Long> unblocks = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show the difference and the exact body; send nothing but GETs.")
    boolean dryRun;

    @Option(names = "--check-lookups", description = "Also check the groups and roles against the account's lists.")
    boolean checkLookups;

    @Override
    int run() throws IOException, InterruptedException {
        if (sets.isEmpty() && removes.isEmpty() && blocks.isEmpty() && unblocks.isEmpty()) {
            throw usageError("Nothing to change: give --set GROUP_ID=ROLE_ID, --remove, --block or --unblock GROUP_ID"
                    + " ('get --all' shows the current role assignments).");
        }
        List<long[]> grants = new ArrayList<>();
        for (String set : sets) {
            String[] parts = set.split("=", -1);
            try {
                grants.add(new long[] {Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw usageError("--set '" + set + "' is not GROUP_ID=ROLE_ID: write it like --set 12345=3 (ids from"
                        + " 'lookups groups' and 'lookups roles').");
            }
        }
        Consumer<GrantsChange> change = c -> {
            grants.forEach(g -> c.grant(g[0], g[1]));
            removes.forEach(c::remove);
            blocks.forEach(c::block);
            unblocks.forEach(c::unblock);
        };
        change.accept(new GrantsChange()); // a group named twice or a bad id is refused before anything is sent
        UpdateOptions options = UpdateOptions.defaults().withDryRun(dryRun).withLookupChecks(checkLookups);
        IamClient client = client();
        PartUpdateResult<?> result;
        try (LockFile lock = lockFile(connection, client, user.uiIdentityId, err())) {
            result = client.updateGrants(user.uiIdentityId, options, change);
        }
        return print(out(), json, user.uiIdentityId, "role assignments", result);
    }

    /** The same lock file as {@code update} takes, so that every change of one user from this machine takes turns. */
    static LockFile lockFile(ConnectionOptions connection, IamClient client, String uiIdentityId, PrintWriter err)
            throws IOException, InterruptedException {
        return LockFile.acquire(
                connection.env,
                connection.home(),
                UserLock.key(
                        client.credential().host(), client.accountSwitchKey().orElse(null), uiIdentityId),
                err);
    }

    /** Prints what an update of a part did (text or JSON) and returns the exit code: 3 when stored differently. */
    static int print(PrintWriter out, boolean json, String id, String part, PartUpdateResult<?> result) {
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            o.add("changes", PRETTY.toJsonTree(result.changes()));
            o.add("requestBody", result.requestBody() == null ? null : JsonParser.parseString(result.requestBody()));
            o.add("before", PRETTY.toJsonTree(result.before()));
            o.add("after", PRETTY.toJsonTree(result.after()));
            o.add("serverDifferences", PRETTY.toJsonTree(result.serverDifferences()));
            out.println(PRETTY.toJson(o));
        } else {
            Printer printer = new Printer(out, false);
            switch (result.outcome()) {
                case UNCHANGED ->
                    out.println("Nothing to change: " + escape(id) + " already has these " + part + "."
                            + " Nothing was sent.");
                case DRY_RUN -> {
                    out.println("Dry run for " + escape(id) + ": nothing was sent. The update would change:");
                    printer.diff(result.changes());
                    out.println("It would PUT all the " + part + " (what is left out is taken away):");
                    out.println(PRETTY.toJson(JsonParser.parseString(result.requestBody())));
                }
                default -> {
                    out.println("Updated the " + part + " of " + escape(id) + ":");
                    printer.diff(result.changes());
                    out.println(
                            result.serverDifferences().isEmpty()
                                    ? "The server stored exactly what was sent."
                                    : "Warning: the server stored these differently from what was sent:");
                    printer.diff(result.serverDifferences());
                }
            }
        }
        return result.serverDifferences().isEmpty() ? IamUserCli.OK : IamUserCli.STORED_DIFFERENTLY;
    }

    /** Prints a user's role assignments as a GET answers them (either version), one line per group, indented by depth. */
    static void printTree(PrintWriter out, JsonElement grants, String indent) {
        for (JsonElement element :
                grants == null || !grants.isJsonArray() ? new JsonArray() : grants.getAsJsonArray()) {
            JsonObject g = element.getAsJsonObject();
            Function<String, String> text =
                    m -> g.has(m) && !g.get(m).isJsonNull() ? g.get(m).getAsString() : "";
            String name = text.apply("roleName").isEmpty() ? "" : " (" + text.apply("roleName") + ")";
            String role = g.has("roleId") && !g.get("roleId").isJsonNull()
                    ? "role " + text.apply("roleId") + name
                    : "inherited";
            out.println(escape(indent
                    + (g.has("groupId")
                            ? "group " + text.apply("groupId") + " (" + text.apply("groupName") + "): "
                                    + ("true".equals(text.apply("isBlocked")) ? "blocked" : role)
                            : "account " + role)));
            printTree(out, g.get("subGroups"), indent + "  ");
        }
    }
}
