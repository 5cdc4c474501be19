package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import io.github.iamuser.bulk.BulkProgress;
import io.github.iamuser.bulk.RowResult;
import io.github.iamuser.bulk.RowStatus;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a bulk run's progress on stderr: a progress bar (me.tongfei:progressbar: rows done of all,
 * rate, time left) when stderr is a terminal; otherwise a plain line every few seconds, so logs and
 * pipes get no control characters. Failed rows, and applied rows with a note, are printed as they
 * happen (after the bar, on a terminal), each with its line, user, field and reason or note; {@link
 * #summary} ends the run.
 */
final class ProgressReporter implements AutoCloseable {
    private static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

    private final String task;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean dryRun;
    private final List<RowResult> failures = new ArrayList<>();
    private ProgressBar bar;
    private boolean started;
    private Duration lastLine = Duration.ZERO;

    /** Shows a bar when stderr is most likely a terminal: a console, and a terminal type ({@code env}'s TERM) that draws. */
    ProgressReporter(String task, PrintWriter err, Map<String, String> env, boolean dryRun) {
        this.task = task;
        this.err = err;
        this.terminal =
                System.console() != null && !env.getOrDefault("TERM", "dumb").equals("dumb");
        this.dryRun = dryRun;
    }

    /** Opens the bar, or says how many rows there are: as the first row ends. */
    private void started(BulkProgress progress) {
        started = true;
        if (terminal) {
            PrintStream raw = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(progress.total())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(raw))
                    .setUnit(" rows", 1)
                    .showSpeed()
                    .build();
        } else {
            err.println(task + ": " + progress.total() + " rows to do");
        }
    }

    /** A row ended with {@code result}; {@code progress} counts it. */
    void rowFinished(RowResult result, BulkProgress progress) {
        if (!started) {
            started(progress);
        }
        if (!result.status().done() || (result.status() == RowStatus.APPLIED && result.note() != null)) {
            if (terminal) {
                failures.add(result);
            } else {
                failure(result);
            }
        }
        if (bar != null) {
            bar.stepTo(progress.done());
            bar.setExtraMessage(" failed " + progress.failed());
        } else if (progress.done() == progress.total()
                || progress.elapsed().minus(lastLine).compareTo(PLAIN_EVERY) >= 0) {
            lastLine = progress.elapsed();
            err.println(line(progress));
        }
    }

    /** Closes the bar, prints the failures it held back, then the summary. */
    void summary(BulkProgress totals) {
        close();
        failures.forEach(this::failure);
        err.println(task + (dryRun ? " (dry run, nothing sent)" : "") + ": " + totals.total() + " rows in "
                + String.format(Locale.ROOT, "%.1f s", totals.elapsed().toMillis() / 1000.0) + ": " + appliedWord()
                + " "
                + totals.applied() + ", unchanged "
                + totals.unchanged()
                + ", failed " + totals.failed() + ", skipped " + totals.skipped()
                + (totals.skipped() > 0 ? " (done by an earlier run)" : "")
                + (totals.storedDifferently() > 0
                        ? "; stored differently by the server: " + totals.storedDifferently()
                        : "")
                + ".");
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private void failure(RowResult r) {
        String where = "line " + r.line() + ", user " + escape(r.uiIdentityId()) + ": " + r.status();
        if (r.problems().isEmpty()) {
            err.println(where + (r.note() == null ? "" : ": " + escape(r.note())));
        }
        r.problems()
                .forEach(p ->
                        err.println(where + ": " + (p.field() == null ? "" : p.field() + ": ") + escape(p.reason())));
    }

    private String line(BulkProgress p) {
        double seconds = Math.max(0.001, p.elapsed().toMillis() / 1000.0);
        double rate = p.done() / seconds;
        String left = rate > 0 && p.done() < p.total()
                ? ", about " + Math.round((p.total() - p.done()) / rate) + " s left"
                : "";
        return String.format(
                Locale.ROOT,
                "%s: %d/%d rows (%d%%), %.1f rows/s%s; %s %d, unchanged %d, failed %d, skipped %d",
                task,
                p.done(),
                p.total(),
                p.total() == 0 ? 100 : p.done() * 100 / p.total(),
                rate,
                left,
                appliedWord(),
                p.applied(),
                p.unchanged(),
                p.failed(),
                p.skipped());
    }

    private String appliedWord() {
        return dryRun ? "would apply" : "applied";
    }
}
