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
    private final BackupFile backup;
    private BulkProgress progress;
    private long startNanos;

    BulkRun(IamClient client, BulkUpdate.Settings settings, Journal journal, BackupFile backup) {
        this.client = client;
        this.settings = settings;
        this.journal = journal;
        this.backup = backup;
    }

    /** Runs every task and returns their results in the order given. */
    BulkReport run(List<BulkTask> tasks) throws InterruptedException {
        RowResult[] results = new RowResult[tasks.size()];
        progress = BulkProgress.start(tasks.size());
        startNanos = System.nanoTime();
        settings.listener().started(progress);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), tasks.size())), r -> {
                    Thread thread = new Thread(r, "iam-user-bulk-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    finish(index, runOne(tasks.get(index)), results);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("a bulk row failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new BulkReport(List.of(results), progress);
    }

    private synchronized void finish(int index, RowResult result, RowResult[] results) {
        results[index] = result;
        progress = progress.plus(result, Duration.ofNanos(System.nanoTime() - startNanos));
        settings.listener().rowFinished(result, progress);
    }

    private RowResult runOne(BulkTask task) throws IOException {
        String account = task.accountSwitchKey() != null
                ? task.accountSwitchKey()
                : client.accountSwitchKey().orElse(null);
        Journal.State known = journal.state(account, task.uiIdentityId());
        boolean sameRow = known != null && known.fingerprint().equals(task.fingerprint());
        if (sameRow && known.finished() != null && known.finished().done()) {
            return RowResult.of(
                    task,
                    RowStatus.SKIPPED,
                    List.of(),
                    "done by an earlier run (" + known.finished() + " in the journal)");
        }
        try (UserGuard.Held held = settings.guard().hold(account, task.uiIdentityId())) {
            RowResult result = update(task, account, sameRow ? known.after() : null);
            if (!settings.dryRun()) {
                journal.finished(task, account, result.status());
            }
            return result;
        }
    }

    /** One safe update; {@code startedAfter} is what an earlier run of this row was about to send, or null. */
    private RowResult update(BulkTask task, String account, JsonObject startedAfter) {
        ProfileChange change;
        try {
            change = task.change().get();
        } catch (InvalidProfileException e) {
            return RowResult.of(task, RowStatus.FAILED, Problems.of(e), null);
        }
        UpdateOptions options = new UpdateOptions(task.accountSwitchKey(), settings.dryRun(), settings.checkLookups())
                .withBeforePut((id, key, before, after) -> {
                    task.check().beforePut(id, key, before, after);
                    try {
                        if (backup != null) {
                            backup.append(id, account, before, after);
                        }
                        journal.started(task, account, after);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        try {
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
            return RowResult.of(task, RowStatus.FAILED, Problems.of(e), null);
        } catch (IamException e) {
            return RowResult.of(task, RowStatus.FAILED, Problems.of(e), null);
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
