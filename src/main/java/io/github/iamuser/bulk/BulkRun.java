package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.Field;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileUpdateResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks of one bulk update or restore, at most {@code concurrency} at a time, each a safe
 * update of its user: the journal skips what an earlier run finished; the backup line and the
 * journal's {@code started} line are on the disk before each PUT; each row's end is journaled.
 */
final class BulkRun {
    private final IamClient client;
    private final BulkUpdate.Settings settings;
    private final Journal journal;
    private final DurableLines backup;
    private BulkProgress progress;
    private long startNanos;

    /** {@code backup} is null when none is kept. */
    BulkRun(IamClient client, BulkUpdate.Settings settings, Journal journal, DurableLines backup) {
        this.client = client;
        this.settings = settings;
        this.journal = journal;
        this.backup = backup;
    }

    /** Runs every task and returns their results in the order given. */
    BulkReport run(List<BulkTask> tasks) throws InterruptedException {
        progress = BulkProgress.start(tasks.size());
        startNanos = System.nanoTime();
        settings.listener().started(progress);
        List<Callable<RowResult>> work = tasks.stream()
                .<Callable<RowResult>>map(task -> () -> finish(runOne(task)))
                .toList();
        try {
            return new BulkReport(inParallel(settings.concurrency(), "iam-user-bulk", work), progress);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("a bulk row failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Runs {@code work} on at most {@code threads} daemon threads named {@code name-N}; returns the
     * results in order, or throws the first failure in that order (the rest is then cancelled).
     */
    static <T> List<T> inParallel(int threads, String name, List<Callable<T>> work)
            throws InterruptedException, ExecutionException {
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, work.size())), r -> {
            Thread thread = new Thread(r, name + "-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> running = work.stream().map(pool::submit).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : running) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private synchronized RowResult finish(RowResult result) {
        progress = progress.plus(result, Duration.ofNanos(System.nanoTime() - startNanos));
        settings.listener().rowFinished(result, progress);
        return result;
    }

    private RowResult runOne(BulkTask task) throws IOException {
        UserKey user = UserKey.of(
                task.accountSwitchKey(),
                task.uiIdentityId(),
                client.accountSwitchKey().orElse(null));
        Journal.State known = journal.state(user);
        boolean sameRow = known != null && known.fingerprint().equals(task.fingerprint());
        if (sameRow && known.finished() != null && known.finished().done()) {
            return RowResult.of(
                    task,
                    RowStatus.SKIPPED,
                    List.of(),
                    "done by an earlier run (" + known.finished() + " in the journal)");
        }
        try (UserGuard.Held held =
                settings.guard().hold(user.on(client.credential().host()))) {
            RowResult result = update(task, user, sameRow ? known.after() : null);
            if (!settings.dryRun()) {
                journal.finished(task, user, result.status());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowResult.of(
                    task,
                    RowStatus.FAILED,
                    List.of(new RowProblem(
                            null, "interrupted while waiting for another update of this user; nothing was sent")),
                    null);
        }
    }

    /** One safe update; {@code startedAfter} is what an earlier run of this row was about to send, or null. */
    private RowResult update(BulkTask task, UserKey user, JsonObject startedAfter) {
        try {
            ProfileChange change = task.change().get();
            // Inside the try: a row's malformed accountSwitchKey fails that row, not the run.
            UpdateOptions options = new UpdateOptions(
                            task.accountSwitchKey(), settings.dryRun(), settings.checkLookups())
                    .withBeforePut((id, key, before, after) -> {
                        task.check().beforePut(id, key, before, after);
                        try {
                            if (backup != null) {
                                backup.append(BackupFile.line(id, user.account(), before, after));
                            }
                            journal.started(task, user, after);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            ProfileUpdateResult r = client.updateProfile(task.uiIdentityId(), options, change);
            return switch (r.outcome()) {
                case UPDATED -> result(task, RowStatus.APPLIED, r, null);
                case DRY_RUN -> result(task, RowStatus.WOULD_APPLY, r, null);
                case UNCHANGED ->
                    startedAfter != null && startedAfter.equals(profile(r))
                            ? result(
                                    task,
                                    RowStatus.APPLIED,
                                    r,
                                    "applied by an earlier run that stopped before journaling"
                                            + " it: the server holds the profile that run sent")
                            : result(task, RowStatus.UNCHANGED, r, null);
            };
        } catch (RowConflict e) {
            return RowResult.of(task, RowStatus.CONFLICT, e.problems(), null);
        } catch (InvalidProfileException e) {
            return RowResult.of(task, RowStatus.FAILED, RowProblem.of(e), null);
        } catch (IamException e) {
            return RowResult.of(task, RowStatus.FAILED, RowProblem.of(e), null);
        } catch (UncheckedIOException e) {
            return RowResult.of(
                    task,
                    RowStatus.FAILED,
                    List.of(new RowProblem(
                            null,
                            "the backup or journal could not"
                                    + " be written (" + e.getCause().getMessage()
                                    + "), so nothing was sent: free disk space or"
                                    + " check the files' permissions, then run again")),
                    null);
        } catch (RuntimeException e) {
            return RowResult.of(task, RowStatus.FAILED, List.of(new RowProblem(null, e.getMessage())), null);
        }
    }

    private JsonObject profile(ProfileUpdateResult r) {
        return Field.profileOf(client.gson().toJsonTree(r.before()).getAsJsonObject(), client.apiVersion());
    }

    private static RowResult result(BulkTask task, RowStatus status, ProfileUpdateResult r, String note) {
        return new RowResult(
                task.line(),
                task.uiIdentityId(),
                task.accountSwitchKey(),
                status,
                r.changes(),
                r.serverDifferences(),
                List.of(),
                note);
    }
}
