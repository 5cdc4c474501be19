package io.github.iamuser.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.bulk.BulkProgress;
import io.github.iamuser.bulk.BulkReport;
import io.github.iamuser.bulk.BulkUpdate;
import io.github.iamuser.bulk.RowProblem;
import io.github.iamuser.bulk.RowResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/**
 * What {@code bulk} and {@code restore} share: dry run, concurrency, journal, the per-user lock,
 * progress on stderr, one JSON object per row with {@code --json}, the summary and the exit code
 * (0 every row done as asked, 1 any row failed or the run stopped because its backup or journal could not
 * be written, 3 the server stored something else for a row).
 */
abstract class BulkRunCommand extends ApiCommand {
    private static final Gson ROW_JSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    @Option(names = "--dry-run", description = "Read and check every row and show what would change; send no PUT.")
    boolean dryRun;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "" + BulkUpdate.DEFAULT_CONCURRENCY,
            description = "Rows worked on at once (default ${DEFAULT-VALUE}); one user's calls never overlap, and the"
                    + " rate limit's X-RateLimit headers set the pace.")
    int concurrency;

    @Option(
            names = "--journal",
            paramLabel = "FILE",
            description = "Record each row in FILE as it goes; run the same command again with the same FILE to"
                    + " finish a stopped run (Ctrl-C, kill, lost network): what is done is skipped, and every user"
                    + " is updated once.")
    Path journal;

    @Override
    List<Integer> exitCodes() {
        return List.of(IamUserCli.OK, IamUserCli.API_ERROR, IamUserCli.USAGE_ERROR, IamUserCli.STORED_DIFFERENTLY);
    }

    /** Runs the rows with the settings of the options, reporting as it goes; returns the exit code. */
    int run(IamClient client, BulkUpdate.Builder settings, Work work) throws IOException, InterruptedException {
        requireConcurrency(concurrency);
        Thread stopAdvice = new Thread(() -> err().println(stopAdvice()));
        Runtime.getRuntime().addShutdownHook(stopAdvice);
        try (ProgressReporter progress = new ProgressReporter(spec.name(), err(), connection.env, dryRun)) {
            BiConsumer<RowResult, BulkProgress> listener = (result, p) -> {
                progress.rowFinished(result, p);
                if (json) { // data, unredacted, but for the problems: messages that may quote the server
                    JsonObject row = ROW_JSON.toJsonTree(result).getAsJsonObject();
                    row.add("problems", redacted(result.problems()));
                    if (result.parts().isEmpty()) { // a profile-only row: as before parts
                        row.remove("parts");
                    }
                    for (int i = 0; i < result.parts().size(); i++) {
                        row.getAsJsonArray("parts")
                                .get(i)
                                .getAsJsonObject()
                                .add("problems", redacted(result.parts().get(i).problems()));
                    }
                    data().println(ROW_JSON.toJson(row));
                }
            };
            BulkReport report = work.run(settings.concurrency(concurrency)
                    .dryRun(dryRun)
                    .journal(journal)
                    .listener(listener)
                    .userGuard(user -> LockFile.acquire(connection.env, connection.home(), user, err())::close)
                    .build());
            progress.summary(report.totals());
            return switch (report.status()) {
                case DONE -> IamUserCli.OK;
                case FAILED -> IamUserCli.API_ERROR;
                case STORED_DIFFERENTLY -> IamUserCli.STORED_DIFFERENTLY;
            };
        } catch (BulkUpdate.StoppedException e) {
            err().println(spec.name() + ": " + SafeWriter.escape(e.getMessage()));
            return IamUserCli.API_ERROR;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAdvice);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the advice is being printed
            }
        }
    }

    private JsonElement redacted(List<RowProblem> problems) {
        return ROW_JSON.toJsonTree(problems.stream()
                .map(q -> new RowProblem(q.field(), connection.redactor.redact(q.reason())))
                .toList());
    }

    /** What to do after a run stopped before its end (Ctrl-C, kill): printed when the JVM stops mid-run. */
    private String stopAdvice() {
        return spec.name() + ": stopped before the end. Rows already applied stay applied. "
                + (journal != null
                        ? "Run the same command again, with --journal " + journal
                                + ", to finish: what is done is skipped and no user is updated twice."
                        : "Run the same command again to finish (a row whose user already holds its values sends"
                                + " nothing); next time add --journal FILE to skip what is done without reading it.");
    }

    /** The run itself, given the configured runner. */
    @FunctionalInterface
    interface Work {
        BulkReport run(BulkUpdate bulk) throws IOException, InterruptedException;
    }
}
