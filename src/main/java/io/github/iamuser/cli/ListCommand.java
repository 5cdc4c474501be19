package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.bulk.BulkUpdate;
import io.github.iamuser.bulk.UserExport;
import io.github.iamuser.bulk.UserExport.ExportedUser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.Field;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iam-user list}: every user of the account with the whole profile, as text, CSV or JSON. */
@Command(
        name = "list",
        description = "List every user of the account (IAM's list operation, then each profile), paced within"
                + " the rate limit. --csv writes what 'iam-user bulk' reads back: edit it in a spreadsheet, then"
                + " apply it.")
final class ListCommand extends ApiCommand {
    @Option(
            names = "--csv",
            description = "Write CSV: a header uiIdentityId and the 17 profile fields in the spec's order, one row per"
                    + " user, booleans true/false.")
    boolean csv;

    @Option(names = "--group", paramLabel = "ID", description = "Only the users with a role on this group.")
    Long group;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "" + BulkUpdate.DEFAULT_CONCURRENCY,
            description = "Profiles read at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    int run() throws IOException, InterruptedException {
        if (csv && json) {
            throw usageError("--csv and --json are two formats: give one of them.");
        }
        try {
            BulkUpdate.requireConcurrency(concurrency);
        } catch (IllegalArgumentException e) {
            throw usageError("--" + e.getMessage());
        }
        long[] lastLine = {System.nanoTime()};
        List<ExportedUser> users = UserExport.export(client(), group, concurrency, (done, total) -> {
            if (done == total
                    || System.nanoTime() - lastLine[0] > Duration.ofSeconds(5).toNanos()) {
                lastLine[0] = System.nanoTime();
                err().println("list: read " + done + " of " + total + " profiles");
            }
        });
        if (csv) {
            csv(users, out(), apiVersion());
        } else if (json) {
            JsonArray array = new JsonArray();
            for (ExportedUser user : users) {
                JsonObject o = new JsonObject();
                o.addProperty(CsvRows.ID, user.uiIdentityId());
                user.profile().entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
                array.add(o);
            }
            out().println(new GsonBuilder()
                    .setPrettyPrinting()
                    .disableHtmlEscaping()
                    .create()
                    .toJson(array));
        } else {
            for (ExportedUser user : users) {
                JsonObject p = user.profile();
                out().printf(
                                "%-12s %-30s %s%n",
                                escape(user.uiIdentityId()),
                                escape(p.get("firstName").getAsString() + " "
                                        + p.get("lastName").getAsString()),
                                escape(p.get("email").getAsString()));
            }
        }
        out().flush();
        return IamUserCli.OK;
    }

    /** Writes the users as CSV, header {@code uiIdentityId} then the profile fields of {@code version}. */
    static void csv(List<ExportedUser> users, PrintWriter out, ApiVersion version) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(CsvRows.ID);
        header.addAll(Field.names(version));
        CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        for (ExportedUser user : users) {
            List<String> cells = new ArrayList<>();
            cells.add(CsvRows.cell(user.uiIdentityId()));
            for (String name : Field.names(version)) {
                JsonElement value = user.profile().get(name);
                cells.add(value == null || value.isJsonNull() ? "" : CsvRows.cell(value.getAsString()));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
