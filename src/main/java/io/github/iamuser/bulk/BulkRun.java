package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.bulk.BackupEntry.Put;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs the tasks of one bulk update or restore, at most {@code concurrency} at a time, each a safe
 * update of its user: the journal skips what an earlier run finished; the backup line and the
 * journal's {@code started} line are on the disk before each PUT, and what became of the PUT after
 * it; a file that cannot be written stops the run before its next PUT.
 */
final class BulkRun {
    private final IamClient client;
    private final BulkUpdate.Builder settings;
    private final Journal journal;
    private final Map<Integer, RowResult> attention = new TreeMap<>();
    private BulkProgress progress;
    private long startNanos;
    private Throwable failure;
    private int failedAt = Integer.MAX_VALUE;

    BulkRun(IamClient client, BulkUpdate.Builder settings, Journal journal) {
        this.client = client;
        this.settings = settings;
        this.journal = journal;
    }

    /**
     * Runs tasks {@code 0..count-1} (each made by {@code task} once, when its turn comes, so that only running tasks
     * are held) on at most {@code concurrency} threads, and returns the counts and the results that need attention,
     * in order.
     *
     * @throws IOException when the backup or journal could not be written: rows not yet started are not run (the
     *     first failure in the rows' order is thrown once the rows running end)
     */
    BulkReport run(int count, IntFunction<BulkTask> task) throws IOException, InterruptedException {
        progress = BulkProgress.start(count);
        startNanos = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i; failure() == null && (i = next.getAndIncrement()) < count; ) {
                try {
                    finish(i, runOne(task.apply(i)));
                } catch (Throwable t) {
                    fail(i, t);
                }
            }
        };
        int threads = Math.max(1, Math.min(settings.concurrency, count));
        ExecutorService pool = daemonThreads("iam-user-bulk", threads);
        try { // the worker catches every failure
            pool.invokeAll(Collections.nCopies(threads, Executors.callable(worker)));
        } finally {
            pool.shutdownNow();
        }
        Throwable failed = failure();
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException("a bulk row failed unexpectedly: " + failed, failed);
        }
        return new BulkReport(new ArrayList<>(attention.values()), progress);
    }

    /** A pool of {@code size} daemon threads named {@code name-1}, {@code name-2}, ... */
    static ExecutorService daemonThreads(String name, int size) {
        AtomicInteger named = new AtomicInteger();
        return Executors.newFixedThreadPool(size, r -> {
            Thread thread = new Thread(r, name + "-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private synchronized Throwable failure() {
        return failure;
    }

    /** Keeps the failure of the earliest row. */
    private synchronized void fail(int index, Throwable t) {
        if (index < failedAt) {
            failedAt = index;
            failure = t;
        }
    }

    /** Why the run stops: a backup or journal line could not be written; and how to finish. */
    private BulkUpdate.StoppedException stopped(IOException e) {
        return new BulkUpdate.StoppedException(
                "the run stopped before its next PUT: " + e.getMessage() + ". Every"
                        + " PUT sent is recorded. Free disk space (or let the file be written), then run the same rows again"
                        + (settings.journal != null
                                ? " with the same journal to finish: what is done is skipped."
                                : ": a row whose user already holds its values sends nothing."),
                e);
    }

    private synchronized void finish(int index, RowResult result) {
        progress = progress.plus(result, Duration.ofNanos(System.nanoTime() - startNanos));
        settings.listener.accept(result, progress);
        if (!result.status().done() || !result.serverDifferences().isEmpty()) {
            attention.put(index, result);
        }
    }

    private RowResult runOne(BulkTask task) throws IOException {
        UserKey user = UserKey.of(
                task.accountSwitchKey(),
                task.uiIdentityId(),
                client.accountSwitchKey().orElse(null));
        Journal.State[] known = journal.take(user, task.fingerprint());
        List<RowResult.Part> skipped = task.parts().stream()
                .map(part -> {
                    Journal.State state = known[part.kind().ordinal()];
                    return state != null && state.done()
                            ? RowResult.Part.skipped(part.kind().text(), state.finished())
                            : null;
                })
                .toList(); // null: a part not done
        if (!skipped.contains(null)) { // nothing to hold the user for
            return RowResult.of(task, skipped);
        }
        if (client.apiVersion() != ApiVersion.V3
                && task.parts().stream().anyMatch(part -> part.kind() != BulkTask.Kind.PROFILE)) {
            return RowResult.failed(
                    task,
                    "the row changes grants or notifications, which are updated through IAM v3 only, and this run"
                            + " speaks " + client.apiVersion() + ": run it with --api-version 3 (Java: a client built"
                            + " with apiVersion(ApiVersion.V3)). Nothing was sent for this row");
        }
        Closeable held;
        try {
            held = settings.guard.hold(user.on(client.credential().host()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowResult.failed(
                    task, "interrupted while waiting for another update of this user; nothing was sent");
        }
        List<RowResult.Part> ran = new ArrayList<>();
        try {
            for (int i = 0; i < skipped.size(); i++) {
                BulkTask.Part part = task.parts().get(i);
                RowResult.Part result = skipped.get(i) != null
                        ? skipped.get(i)
                        : update(task, part, user, known[part.kind().ordinal()]);
                ran.add(result);
                if (!result.status().done()) {
                    break;
                }
            }
        } catch (Throwable t) {
            try {
                held.close();
            } catch (Throwable also) {
                if (also != t) { // the JVM throws one OutOfMemoryError object again and again
                    t.addSuppressed(also);
                }
            }
            throw t;
        }
        held.close();
        return RowResult.of(task, ran);
    }

    /**
     * One part's safe update, then what became of it in the backup and journal; {@code known}: what the journal knew
     * of this part of this row, or null.
     */
    private RowResult.Part update(BulkTask task, BulkTask.Part part, UserKey user, Journal.State known)
            throws IOException {
        String unconfirmed = known == null ? null : known.sent(); // what an earlier run sent, unanswered
        Put[] put = {null};
        RowStatus status;
        BulkTask.Sent r = null;
        List<RowProblem> problems = List.of();
        String note = null;
        try {
            // Inside the try: a row's malformed accountSwitchKey fails that row, not the run.
            UpdateOptions options = new UpdateOptions(task.accountSwitchKey(), settings.dryRun, settings.checkLookups)
                    .withWriteAheadHook((id, key, before, after) -> {
                        part.check().beforeWrite(id, key, before, after);
                        JsonObject sending = part.kind() == BulkTask.Kind.PROFILE
                                ? ProfileField.profileOf(after, client.apiVersion())
                                : after;
                        try {
                            journal.started(task, user, part.kind(), before, sending);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        put[0] = Put.UNKNOWN;
                    });
            r = part.update().apply(client, options);
            if (r.outcome() == UpdateResult.Outcome.UPDATED) {
                put[0] = Put.APPLIED;
            }
            // a grants or notifications part has no digest: asking nothing new after that PUT confirms it
            boolean confirmed = r.outcome() == UpdateResult.Outcome.UNCHANGED
                    && unconfirmed != null
                    && (r.read() == null || unconfirmed.equals(Journal.digest(r.read())));
            status = switch (r.outcome()) {
                case UPDATED -> RowStatus.APPLIED;
                case DRY_RUN -> RowStatus.WOULD_APPLY;
                case UNCHANGED -> confirmed ? RowStatus.APPLIED : RowStatus.UNCHANGED;
            };
            note = confirmed
                    ? "applied by an earlier run that stopped before journaling it: the server holds the "
                            + part.kind().text() + " that run sent"
                    : r.outcome() == UpdateResult.Outcome.UPDATED ? secondFactorNote(r.changes()) : null;
        } catch (UncheckedIOException e) {
            throw stopped(e.getCause());
        } catch (RowConflict e) {
            status = RowStatus.CONFLICT;
            problems = e.problems();
        } catch (RefusedChangeException e) {
            status = RowStatus.FAILED;
            problems = RowProblem.of(e.violations());
        } catch (IamException e) {
            if (put[0] != null && e.status() >= 400 && e.status() < 500) {
                put[0] = Put.REFUSED;
            }
            status = RowStatus.FAILED;
            problems = RowProblem.of(e);
        } catch (RuntimeException e) {
            status = RowStatus.FAILED;
            problems = List.of(new RowProblem(null, e.getMessage()));
        }
        try { // a dry run's journal writes nothing
            journal.finished(task, user, part.kind(), status, put[0]);
        } catch (IOException e) {
            throw stopped(e);
        }
        return new RowResult.Part(
                part.kind().text(),
                status,
                r == null ? List.of() : r.changes(),
                r == null ? List.of() : r.serverDifferences(),
                problems,
                note);
    }

    /** What an update that turns on a second factor cannot do: enrol the user (a restore neither). */
    private static String secondFactorNote(List<FieldDiff> changes) {
        return changes.stream()
                .filter(d -> (d.field().equals("additionalAuthentication") && !"NONE".equals(d.after()))
                        || (d.field().equals("tfaEnabled") && "true".equals(d.after())))
                .map(d -> d.field() + " is set to " + d.after() + ", but an update cannot enrol the user in it (a"
                        + " restore cannot bring an enrolment back either): the user may have to set it up again at"
                        + " the next sign-in")
                .findFirst()
                .orElse(null);
    }
}
