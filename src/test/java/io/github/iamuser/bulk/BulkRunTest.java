package io.github.iamuser.bulk;

import static io.github.iamuser.bulk.SandboxRows.jobTitles;
import static io.github.iamuser.bulk.SandboxRows.profiles;
import static io.github.iamuser.bulk.SandboxRows.titles;
import static io.github.iamuser.bulk.SandboxRows.v3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BulkRun}: at most {@code concurrency} rows at once, the rows needing attention reported in row order,
 * a row's parts in order up to the first that fails, the journal's done parts skipped, a PUT whose answer was
 * lost confirmed, and a backup or journal that cannot be written stopping the run before its next PUT.
 */
class BulkRunTest {
    private static final String PUT_PATH = "/identity-management/v3/user-admin/ui-identities/";

    @TempDir
    Path dir;

    /** A client that runs {@code step} before sending each request of {@code method}, with its count (from 1). */
    private static IamClient before(IamClient client, String method, IntConsumer step) {
        AtomicInteger count = new AtomicInteger();
        return client.withOptions(b -> b.addInterceptor(chain -> {
            if (chain.request().method().equals(method)) {
                step.accept(count.incrementAndGet());
            }
            return chain.proceed(chain.request());
        }));
    }

    /** A part of {@code kind} that sends nothing: it runs {@code body}, then reports {@code outcome}. */
    private static BulkTask.Part part(BulkTask.Kind kind, Outcome outcome, Runnable body) {
        return new BulkTask.Part(
                kind,
                (client, options) -> {
                    body.run();
                    return new BulkTask.Sent(outcome, List.of(), List.of(), null);
                },
                WriteAheadHook.NONE);
    }

    private static BulkTask task(int index, BulkTask.Part... parts) {
        return new BulkTask(index + 1, "A-B-" + index, null, "row " + index, List.of(parts));
    }

    /** Runs {@code count} tasks made by {@code task} through {@code client}, {@code concurrency} at a time. */
    private static BulkReport run(
            IamClient client, Path journal, int concurrency, int count, java.util.function.IntFunction<BulkTask> task)
            throws Exception {
        try (Journal open = Journal.open(journal, null, true)) {
            return new BulkRun(client, BulkUpdate.builder(client).concurrency(concurrency), open).run(count, task);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPutWhoseAnswerWasLostIsConfirmedOnTheRerunAndNotSentTwice() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(6).start()) {
            IamClient iam = IamClient.builder()
                    .credential(sandbox.credential())
                    .retryPolicy(RetryPolicy.none())
                    .build();
            // The network loses the answer to one PUT: the sandbox stores it, the client gives up waiting. Only
            // that PUT waits briefly: on a slow machine another call given as little time would fail too.
            AtomicInteger putsSent = new AtomicInteger();
            IamClient impatient = iam.withOptions(b ->
                    b.addInterceptor(chain -> chain.request().method().equals("PUT") && putsSent.incrementAndGet() == 1
                            ? chain.withReadTimeout(300, TimeUnit.MILLISECONDS).proceed(chain.request())
                            : chain.proceed(chain.request())));
            sandbox.faults().enqueue(Fault.delay(Duration.ofSeconds(1)).onlyFor("PUT", null));
            Path journal = dir.resolve("run.journal");
            BulkReport first = BulkUpdate.builder(impatient)
                    .concurrency(1)
                    .journal(journal)
                    .build()
                    .apply(titles(6, "Lead"));
            assertEquals(1, first.totals().failed(), first.toString());
            // The delayed PUT lands meanwhile: wait for it however slow the machine.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sandbox.storedProfileCounts().size() < 6 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(6, sandbox.storedProfileCounts().size(), "the delayed PUT was stored");

            List<RowResult> rows = new ArrayList<>();
            BulkReport rerun = BulkUpdate.builder(iam)
                    .journal(journal)
                    .listener((result, progress) -> rows.add(result))
                    .build()
                    .apply(titles(6, "Lead"));

            assertEquals(BulkReport.RunStatus.DONE, rerun.status(), rerun.toString());
            assertEquals(5, rerun.totals().skipped());
            RowResult confirmed = rows.stream()
                    .filter(r -> r.status() == RowStatus.APPLIED)
                    .findFirst()
                    .orElseThrow();
            assertTrue(confirmed.note().contains("applied by an earlier run"), confirmed.toString());
            assertEquals(6, sandbox.storedProfileCounts().size());
            sandbox.storedProfileCounts()
                    .forEach((user, puts) -> assertEquals(1L, puts, user + " updated " + puts + " times"));
        }
    }

    @Test
    void aRunStoppedBetweenItsPutAndItsJournalLineIsFinishedByRunningItAgain() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(4).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            Path journal = dir.resolve("run.journal");
            Path backup = dir.resolve("run.backup");
            BulkUpdate.builder(iam).journal(journal).backup(backup).build().apply(titles(4, "Lead"));
            // As if killed after the PUT of the last row, before its "finished" line, mid-way through another line.
            List<String> lines = new ArrayList<>(Files.readAllLines(journal));
            int lastFinished = lines.size() - 1;
            assertTrue(lines.get(lastFinished).contains("\"event\":\"finished\""));
            lines.remove(lastFinished);
            Files.writeString(journal, String.join("\n", lines) + "\n{\"event\":\"start", StandardCharsets.UTF_8);

            BulkReport rerun = BulkUpdate.builder(iam)
                    .journal(journal)
                    .backup(backup)
                    .build()
                    .apply(titles(4, "Lead"));

            assertEquals(3, rerun.totals().skipped(), rerun.toString());
            assertEquals(1, rerun.totals().applied(), rerun.toString());
            sandbox.storedProfileCounts().forEach((user, puts) -> assertEquals(1L, puts, user));
            assertEquals(4, Backup.read(backup).entries(), "no second backup line without a second PUT");
            assertFalse(Files.readString(journal).contains("{\"event\":\"start\n"), "the cut line was removed first");
            DurableLines.read(journal, line -> assertNotNull(line.json(), "line " + line.number()));
        }
    }

    @Test
    void aRowWithAMalformedAccountSwitchKeyFailsAloneAndTheOthersGoOn() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<BulkRow> rows = new ArrayList<>(titles(3, "Lead"));
            rows.set(
                    1,
                    BulkRow.of(SandboxUsers.generatedUser(1), c -> c.jobTitle("Lead"))
                            .inAccount("1-ABC;rm")
                            .fromLine(2));
            BulkReport report = BulkUpdate.builder(iam).build().apply(rows);
            assertEquals(2, report.totals().applied(), report.toString());
            RowResult bad = report.results().get(0); // the report keeps the rows that need attention
            assertEquals(RowStatus.FAILED, bad.status(), report.toString());
            assertTrue(bad.problems().toString().contains("accountSwitchKey '1-ABC;rm' is not valid"), bad.toString());
            assertEquals(2, sandbox.putCount(), "only the two good rows are sent");
        }
    }

    @Test
    void aBackupThatFillsTheDiskStopsTheRunBeforeItsNextPutAndTheSameRunFinishesIt() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(6).start()) {
            List<JsonObject> original = profiles(sandbox, 6);
            Path backup = dir.resolve("run.backup");
            Path journal = dir.resolve("run.journal");
            // The disk fills while the third row's backup line is written, and room comes back for the fourth.
            IamClient filling = before(v3(sandbox), "GET", n -> {
                if (n == 3) {
                    FullDiskChannel.left(backup, 40);
                } else if (n == 4) {
                    FullDiskChannel.free(backup, 1 << 20);
                }
            });
            FullDiskChannel.with(backup, 1 << 20, () -> {
                BulkUpdate.StoppedException stopped = assertThrows(
                        BulkUpdate.StoppedException.class,
                        () -> BulkUpdate.builder(filling)
                                .concurrency(1)
                                .journal(journal)
                                .backup(backup)
                                .build()
                                .apply(jobTitles(6, "Lead")));
                assertTrue(
                        stopped.getMessage()
                                .startsWith("the run stopped before its next PUT: " + backup
                                        + " could not be written (No space left on device). Every PUT sent is"
                                        + " recorded."),
                        stopped.getMessage());
                assertTrue(stopped.getMessage().endsWith("with the same journal to finish: what is done is skipped."));
            });
            assertEquals(2, sandbox.putCount(), "no PUT after the failed line");
            assertTrue(Files.readString(backup).endsWith("\"put\":\"applied\"}\n"), "the half line is cut off");

            BulkReport rerun = BulkUpdate.builder(v3(sandbox))
                    .journal(journal)
                    .backup(backup)
                    .build()
                    .apply(jobTitles(6, "Lead"));

            assertEquals(BulkReport.RunStatus.DONE, rerun.status(), rerun.toString());
            assertEquals(2, rerun.totals().skipped());
            assertEquals(4, rerun.totals().applied());
            sandbox.storedProfileCounts().forEach((user, puts) -> assertEquals(1L, puts, user));
            BulkReport restored = BulkUpdate.builder(v3(sandbox)).build().restore(Backup.read(backup));
            assertEquals(6, restored.totals().applied(), restored.toString());
            assertEquals(original, profiles(sandbox, 6), "every profile back: no undo record lost");
        }
    }

    @Test
    void aJournalThatFillsTheDiskAfterAPutStopsTheRunAndTheRerunConfirmsThatPut() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(4).start()) {
            Path journal = dir.resolve("run.journal");
            // The disk fills while the second PUT is on its way: its "finished" line cannot be written.
            IamClient filling = before(v3(sandbox), "PUT", n -> {
                if (n == 2) {
                    FullDiskChannel.left(journal, 0);
                }
            });
            FullDiskChannel.with(journal, 1 << 20, () -> {
                BulkUpdate.StoppedException stopped = assertThrows(
                        BulkUpdate.StoppedException.class,
                        () -> BulkUpdate.builder(filling)
                                .concurrency(1)
                                .journal(journal)
                                .build()
                                .apply(jobTitles(4, "Lead")));
                assertTrue(stopped.getMessage().contains(journal + " could not be written (No space left on device)"));
            });
            assertEquals(2, sandbox.putCount());

            List<RowResult> rows = new ArrayList<>();
            BulkReport rerun = BulkUpdate.builder(v3(sandbox))
                    .journal(journal)
                    .listener((result, progress) -> rows.add(result))
                    .build()
                    .apply(jobTitles(4, "Lead"));

            assertEquals(BulkReport.RunStatus.DONE, rerun.status(), rerun.toString());
            assertEquals(1, rerun.totals().skipped());
            // Rows finish in any order (the rerun runs them concurrently): pick the second by its line.
            RowResult second =
                    rows.stream().filter(r -> r.line() == 2).findFirst().orElseThrow();
            assertTrue(second.note().startsWith("applied by an earlier run"), rows.toString());
            assertEquals(4, sandbox.putCount(), "the second row's PUT is confirmed, not sent again");
        }
    }

    @Test
    void aRowThatDiesOfAnErrorItsGuardThrowsAgainReportsThatError() throws Exception {
        // The JVM throws one preallocated OutOfMemoryError again and again when the heap is full.
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            IamClient dying = before(v3(sandbox), "GET", n -> {
                throw full;
            });
            OutOfMemoryError thrown = assertThrows(
                    OutOfMemoryError.class,
                    () -> BulkUpdate.builder(dying)
                            .userGuard(key -> () -> {
                                throw full;
                            })
                            .build()
                            .apply(jobTitles(1, "Lead")));
            assertSame(full, thrown);
        }
    }

    @Test
    void atMostConcurrencyRowsRunAtOnce() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            BulkReport report = run(
                    TestClients.against(sandbox, ApiVersion.V2),
                    null,
                    3,
                    12,
                    i -> task(i, part(BulkTask.Kind.PROFILE, Outcome.UPDATED, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(40);
                        running.decrementAndGet();
                    })));
            assertEquals(12, report.totals().applied(), report.toString());
            assertTrue(most.get() <= 3, most + " rows ran at once");
            assertTrue(most.get() >= 2, "the rows ran one at a time");
            assertEquals(0, sandbox.requests().size(), "these parts send nothing");
        }
    }

    @Test
    void theRowsThatNeedAttentionAreReportedInRowOrderWhicheverFinishesFirst() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            // Row 0 fails last (it sleeps), rows 2 and 4 fail at once: the report still lists 0, 2, 4.
            BulkReport report = run(
                    TestClients.against(sandbox, ApiVersion.V2),
                    null,
                    5,
                    5,
                    i -> task(i, part(BulkTask.Kind.PROFILE, Outcome.UPDATED, () -> {
                        if (i == 0) {
                            sleep(300);
                        }
                        if (i % 2 == 0) {
                            throw new IllegalArgumentException("row " + i + " refused");
                        }
                    })));
            assertEquals(
                    List.of(1L, 3L, 5L),
                    report.results().stream().map(RowResult::line).toList(),
                    report.toString());
            assertEquals(
                    "row 0 refused", report.results().get(0).problems().get(0).reason());
            assertEquals(3, report.totals().failed());
            assertEquals(2, report.totals().applied());
            assertEquals(5, report.totals().done());
        }
    }

    @Test
    void aRowsPartsRunInOrderAndTheFirstThatFailsEndsTheRow() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            BulkReport report = run(
                    TestClients.against(sandbox, ApiVersion.V3),
                    null,
                    1,
                    1,
                    i -> task(
                            i,
                            part(BulkTask.Kind.PROFILE, Outcome.UPDATED, () -> ran.add("profile")),
                            part(BulkTask.Kind.GRANTS, Outcome.UPDATED, () -> {
                                ran.add("grants");
                                throw new IllegalStateException("no such role");
                            }),
                            part(BulkTask.Kind.NOTIFICATIONS, Outcome.UPDATED, () -> ran.add("notifications"))));
            assertEquals(List.of("profile", "grants"), ran);
            RowResult row = report.results().get(0);
            assertEquals(RowStatus.FAILED, row.status());
            assertEquals(
                    List.of(RowStatus.APPLIED, RowStatus.FAILED),
                    row.parts().stream().map(RowResult.Part::status).toList());
            assertEquals(List.of(new RowProblem("grants", "no such role")), row.problems());
            assertTrue(
                    row.note().endsWith("notifications not tried: run the row again once this is fixed"), row.note());
        }
    }

    @Test
    void aRowWithGrantsOnAV2ClientFailsAndNoneOfItsPartsRuns() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            AtomicInteger ran = new AtomicInteger();
            BulkReport report = run(
                    TestClients.against(sandbox, ApiVersion.V2),
                    null,
                    1,
                    1,
                    i -> task(
                            i,
                            part(BulkTask.Kind.PROFILE, Outcome.UPDATED, ran::incrementAndGet),
                            part(BulkTask.Kind.GRANTS, Outcome.UPDATED, ran::incrementAndGet)));
            assertEquals(0, ran.get());
            RowResult row = report.results().get(0);
            assertEquals(RowStatus.FAILED, row.status());
            assertTrue(row.problems().get(0).reason().contains("IAM v3 only"), row.toString());
        }
    }

    @Test
    void aRerunWithTheJournalSkipsThePartsDoneAndRunsOnlyTheRest() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V3);
            Path journal = dir.resolve("run.journal");
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            boolean[] grantsFail = {true};
            java.util.function.IntFunction<BulkTask> tasks = i -> task(
                    i,
                    part(BulkTask.Kind.PROFILE, Outcome.UPDATED, () -> ran.add("profile " + i)),
                    part(BulkTask.Kind.GRANTS, Outcome.UPDATED, () -> {
                        ran.add("grants " + i);
                        if (grantsFail[0] && i == 1) {
                            throw new IllegalStateException("no such role");
                        }
                    }));
            BulkReport first = run(iam, journal, 1, 2, tasks);
            assertEquals(1, first.totals().failed(), first.toString());
            ran.clear();
            grantsFail[0] = false;

            List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());
            BulkReport rerun;
            try (Journal open = Journal.open(journal, null, true)) {
                rerun = new BulkRun(iam, BulkUpdate.builder(iam).listener((result, progress) -> rows.add(result)), open)
                        .run(2, tasks);
            }

            assertEquals(List.of("grants 1"), ran, "only the part not done runs");
            assertEquals(BulkReport.RunStatus.DONE, rerun.status(), rerun.toString());
            RowResult done =
                    rows.stream().filter(r -> r.line() == 1).findFirst().orElseThrow();
            assertEquals(RowStatus.SKIPPED, done.status());
            RowResult resumed =
                    rows.stream().filter(r -> r.line() == 2).findFirst().orElseThrow();
            assertEquals(RowStatus.APPLIED, resumed.status());
            assertEquals(RowStatus.SKIPPED, resumed.parts().get(0).status());
            assertEquals(
                    "done by an earlier run (APPLIED in the journal)",
                    resumed.parts().get(0).note());
        }
    }

    @Test
    void aTaskThatCannotBeMadeStopsTheRunAndNoLaterRowStarts() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            AtomicInteger ran = new AtomicInteger();
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> run(TestClients.against(sandbox, ApiVersion.V2), null, 1, 5, i -> {
                        if (i == 2) {
                            throw new UnsupportedOperationException("cannot read row 3");
                        }
                        return task(i, part(BulkTask.Kind.PROFILE, Outcome.UPDATED, ran::incrementAndGet));
                    }));
            assertTrue(e.getMessage().startsWith("a bulk row failed unexpectedly"), e.getMessage());
            assertEquals(UnsupportedOperationException.class, e.getCause().getClass());
            assertEquals(2, ran.get(), "the rows before it ran, none after");
        }
    }

    @Test
    void anUpdateThatTurnsOnASecondFactorSaysTheUserMustEnrolAgain() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V2);
            String id = SandboxUsers.generatedUser(0);
            if (sandbox.user(null, id).get("tfaEnabled").getAsBoolean()) {
                BulkUpdate.builder(iam).build().apply(List.of(BulkRow.of(id, c -> c.set("tfaEnabled", "false"))));
            }
            List<RowResult> rows = Collections.synchronizedList(new ArrayList<>());
            BulkUpdate.builder(iam)
                    .listener((result, progress) -> rows.add(result))
                    .build()
                    .apply(List.of(
                            BulkRow.of(id, c -> c.set("tfaEnabled", "true")),
                            BulkRow.of(SandboxUsers.generatedUser(1), c -> c.jobTitle("Lead"))));
            RowResult tfa = rows.stream().filter(r -> r.line() == 1).findFirst().orElseThrow();
            assertEquals(RowStatus.APPLIED, tfa.status(), tfa.toString());
            assertTrue(tfa.note().startsWith("tfaEnabled is set to true, but an update cannot enrol"), tfa.note());
            assertNull(rows.stream()
                    .filter(r -> r.line() == 2)
                    .findFirst()
                    .orElseThrow()
                    .note());
        }
    }

    @Test
    void aPutAnEarlierRunSentUnansweredIsConfirmedOnlyWhereTheServerHoldsWhatItSent() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V2);
            Path journal = dir.resolve("run.journal");
            List<BulkRow> rows = titles(2, "Lead");
            // As if an earlier run sent both rows' PUTs and stopped before any answer: both landed, but the second
            // user's profile was changed again since, so it no longer holds what that PUT sent.
            try (Journal earlier = Journal.open(journal, null, true)) {
                for (int i = 0; i < 2; i++) {
                    String id = SandboxUsers.generatedUser(i);
                    JsonObject before = ProfileField.profileOf(sandbox.user(null, id), ApiVersion.V2);
                    iam.updateProfile(id, c -> c.jobTitle("Lead").clear(ProfileField.MOBILE_PHONE));
                    JsonObject sent = ProfileField.profileOf(sandbox.user(null, id), ApiVersion.V2);
                    if (i == 1) {
                        sent.addProperty("city", "Elsewhere");
                    }
                    earlier.started(
                            rows.get(i).task(i + 1, false),
                            UserKey.of(null, id, null),
                            BulkTask.Kind.PROFILE,
                            before,
                            sent);
                }
            }
            long puts = sandbox.putCount();
            List<RowResult> results = Collections.synchronizedList(new ArrayList<>());

            BulkUpdate.builder(iam)
                    .journal(journal)
                    .listener((result, progress) -> results.add(result))
                    .build()
                    .apply(rows);

            assertEquals(puts, sandbox.putCount(), "both users already hold their rows' values");
            RowResult confirmed =
                    results.stream().filter(r -> r.line() == 1).findFirst().orElseThrow();
            assertEquals(RowStatus.APPLIED, confirmed.status(), confirmed.toString());
            assertEquals(
                    "applied by an earlier run that stopped before journaling it: the server holds the profile that"
                            + " run sent",
                    confirmed.note());
            RowResult other =
                    results.stream().filter(r -> r.line() == 2).findFirst().orElseThrow();
            assertEquals(RowStatus.UNCHANGED, other.status(), other.toString());
            assertNull(other.note());
        }
    }
}
