package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import io.github.iamuser.bulk.BulkUpdate;
import io.github.iamuser.bulk.UserExport;
import io.github.iamuser.bulk.UserExport.ExportedUser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
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
        description = {
            "List every user of the account (IAM's list operation, then each profile), paced within the rate limit,"
                    + " each user written as it is read, in the list's order. --csv writes what 'iam-user bulk'"
                    + " reads back: edit it in a spreadsheet, then apply it.",
            "A user deleted between the list and its read is named on stderr and left out; the others are listed"
                    + " and the exit code stays 0."
        })
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
    public Integer call() throws IOException, InterruptedException {
        if (csv && json) {
            throw usageError("--csv and --json are two formats: give one of them.");
        }
        requireConcurrency(concurrency);
        Rows rows = csv
                ? csv(apiVersion())
                : json
                        ? json()
                        : new Rows() {
                            @Override
                            public void user(ExportedUser user) {
                                JsonObject p = user.profile();
                                out().printf(
                                                "%-12s %-30s %s%n",
                                                escape(user.uiIdentityId()),
                                                escape(p.get("firstName").getAsString() + " "
                                                        + p.get("lastName").getAsString()),
                                                escape(p.get("email").getAsString()));
                            }
                        };
        UserExport export = UserExport.of(client()).concurrency(concurrency);
        (group == null ? export : export.inGroup(group)).export(rows);
        rows.close();
        return IamUserCli.OK;
    }

    /**
     * Writes the users it is given, one at a time, as they come, and says on stderr which are gone and how
     * far the list is read; {@link #close} ends the output. Nothing is written before the first user or the
     * end, so a list that fails leaves no output at all.
     */
    private abstract class Rows implements UserExport.Sink {
        private long lastLine = System.nanoTime();

        void close() throws IOException {}

        @Override
        public void gone(String uiIdentityId) {
            err().println("list: user " + escape(uiIdentityId) + " was not found when read (404): deleted"
                    + " since the list was read, so it is left out; the others are listed.");
        }

        @Override
        public void read(int done, int total) {
            if (done == total
                    || System.nanoTime() - lastLine > Duration.ofSeconds(5).toNanos()) {
                lastLine = System.nanoTime();
                err().println("list: read " + done + " of " + total + " profiles");
            }
        }
    }

    /** CSV: a header {@code uiIdentityId} then the profile fields of {@code version}; each cell by {@link SafeWriter#escapeCell}. */
    private Rows csv(ApiVersion version) {
        List<String> header = new ArrayList<>();
        header.add(CsvRows.ID);
        header.addAll(ProfileField.names(version));
        return new Rows() {
            private CSVPrinter printer;

            @Override
            public void user(ExportedUser user) throws IOException {
                List<String> cells = new ArrayList<>();
                cells.add(cell(user.uiIdentityId()));
                for (String name : ProfileField.names(version)) {
                    JsonElement value = user.profile().get(name);
                    cells.add(value == null || value.isJsonNull() ? "" : cell(value.getAsString()));
                }
                printer().printRecord(cells);
            }

            @Override
            public void close() throws IOException {
                printer().flush();
            }

            private CSVPrinter printer() throws IOException {
                if (printer == null) {
                    printer = new CSVPrinter(
                            data(),
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader(header.toArray(String[]::new))
                                    .get());
                }
                return printer;
            }
        };
    }

    private static String cell(String value) {
        return CsvRows.cell(SafeWriter.escapeCell(value));
    }

    /** A JSON array of one object per user: {@code uiIdentityId} and the profile fields. */
    private Rows json() {
        Gson gson = Printer.JSON;
        return new Rows() {
            private JsonWriter writer;

            @Override
            public void user(ExportedUser user) throws IOException {
                JsonObject o = new JsonObject();
                o.addProperty(CsvRows.ID, user.uiIdentityId());
                user.profile().entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
                gson.toJson(o, writer());
            }

            @Override
            public void close() throws IOException {
                writer().endArray().flush();
                data().println();
            }

            private JsonWriter writer() throws IOException {
                if (writer == null) {
                    writer = gson.newJsonWriter(data()).beginArray();
                }
                return writer;
            }
        };
    }
}
