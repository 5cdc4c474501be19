package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's bulk runs against the sandbox: journal resume, backup, restore, pacing within a rate limit. */
class BulkUpdateTest {
    @TempDir
    Path dir;

    private static List<BulkRow> titles(int count, String title) {
        return IntStream.range(0, count)
                .mapToObj(i -> BulkRow.of(
                                SandboxUsers.generatedUser(i),
                                c -> c.jobTitle(title).clear(ProfileField.MOBILE_PHONE))
                        .fromLine(i + 1))
                .toList();
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
    void aRowWhoseChangeIsRefusedFailsAloneReportedByItsPlaceInTheList() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<BulkRow> rows = List.of(
                    BulkRow.of(SandboxUsers.generatedUser(0), c -> c.jobTitle("Lead")),
                    BulkRow.of(SandboxUsers.generatedUser(1), c -> c.set("sessionTimeOut", "soon")),
                    BulkRow.of(SandboxUsers.generatedUser(2), c -> c.jobTitle("Lead")));

            BulkReport report = BulkUpdate.builder(iam).build().apply(rows);

            assertEquals(2, report.totals().applied(), report.toString());
            RowResult bad = report.results().get(0);
            assertEquals(RowStatus.FAILED, bad.status(), bad.toString());
            assertEquals(2, bad.line(), "a row without a line is reported by its place in the list");
            assertEquals("sessionTimeOut", bad.problems().get(0).field(), bad.toString());
            assertTrue(bad.problems().get(0).reason().contains("whole number"), bad.toString());
            assertEquals(2, sandbox.putCount(), "only the two good rows are sent");
            assertThrows(IllegalArgumentException.class, () -> BulkRow.of(" ", c -> c.jobTitle("Lead")));
        }
    }

    @Test
    void aJournalHeldByAnotherRunIsRefusedBeforeAnythingIsSent() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            Path journal = dir.resolve("held.journal");
            try (DurableLines other = DurableLines.open(journal)) {
                IllegalStateException e = assertThrows(
                        IllegalStateException.class,
                        () -> BulkUpdate.builder(iam).journal(journal).build().apply(titles(1, "Lead")));
                assertTrue(e.getMessage().contains("in use by another run"), e.getMessage());
            }
            assertTrue(sandbox.requests().isEmpty());
        }
    }

    @Test
    void oneUserOnTwoRowsInLetterCasesThatDifferIsRefusedBeforeAnythingIsSent() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = IamClient.builder()
                    .credential(sandbox.credential())
                    .apiVersion(ApiVersion.V3)
                    .build();
            String id = SandboxUsers.generatedUser(0);
            List<BulkRow> rows = List.of(
                    BulkRow.of(id, c -> c.jobTitle("Lead")).fromLine(2),
                    BulkRow.of(SandboxUsers.generatedUser(1), c -> c.jobTitle("Lead"))
                            .fromLine(3),
                    BulkRow.of(id.toLowerCase(Locale.ROOT), c -> c.city("Boston"))
                            .fromLine(4));
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> BulkUpdate.builder(iam).build().apply(rows));
            assertTrue(e.getMessage().contains("on lines 2 and 4"), e.getMessage());
            assertTrue(sandbox.requests().isEmpty(), "nothing sent");
        }
    }

    @Test
    void aRerunNamingItsUsersInAnotherLetterCaseSkipsWhatTheJournalSaysIsDone() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = IamClient.builder()
                    .credential(sandbox.credential())
                    .apiVersion(ApiVersion.V3)
                    .build();
            Path journal = dir.resolve("run.journal");
            BulkReport first = BulkUpdate.builder(iam).journal(journal).build().apply(titles(2, "Lead"));
            assertEquals(2, first.totals().applied(), first.toString());
            int sent = sandbox.requests().size();

            List<BulkRow> lowerCase = IntStream.range(0, 2)
                    .mapToObj(i -> BulkRow.of(
                                    SandboxUsers.generatedUser(i).toLowerCase(Locale.ROOT),
                                    c -> c.jobTitle("Lead").clear(ProfileField.MOBILE_PHONE))
                            .fromLine(i + 1))
                    .toList();
            BulkReport rerun = BulkUpdate.builder(iam).journal(journal).build().apply(lowerCase);

            assertEquals(2, rerun.totals().skipped(), rerun.toString());
            assertEquals(sent, sandbox.requests().size(), "nothing sent for users the journal says are done");
        }
    }

    @Test
    void restorePutsEveryProfileBackExactlyFromABackupWithARepeatedLine() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(5).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<JsonObject> before = IntStream.range(0, 5)
                    .mapToObj(i ->
                            ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2))
                    .toList();
            Path backup = dir.resolve("run.backup");
            BulkUpdate.builder(iam).concurrency(1).backup(backup).build().apply(titles(5, "Lead"));
            // As if the first run stopped before its first PUT's answer, and the rerun sent it again.
            List<String> lines = new ArrayList<>(Files.readAllLines(backup));
            assertTrue(lines.get(1).contains("\"put\":\"applied\""), lines.get(1));
            lines.add(lines.get(0));
            lines.add(lines.remove(1));
            Files.write(backup, lines);

            BulkReport restored = BulkUpdate.builder(iam).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(5, restored.totals().applied());
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        before.get(i),
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
            }
        }
    }

    @Test
    void aBackupWrittenBeforeOutcomesWereRecordedStillRestoresEveryProfile() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<JsonObject> before = IntStream.range(0, 3)
                    .mapToObj(i ->
                            ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2))
                    .toList();
            Path backup = dir.resolve("run.backup");
            BulkUpdate.builder(iam).backup(backup).build().apply(titles(3, "Lead"));
            Files.write(
                    backup,
                    Files.readAllLines(backup).stream()
                            .filter(l -> !l.contains("\"put\""))
                            .toList());

            BulkReport restored = BulkUpdate.builder(iam).build().restore(Backup.read(backup));

            assertEquals(3, restored.totals().applied(), restored.toString());
            for (int i = 0; i < 3; i++) {
                assertEquals(
                        before.get(i),
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
            }
        }
    }

    @Test
    void pacingKeepsWithinTheRateLimitWhereUnpacedCallsAreRefused() throws Exception {
        long paced429;
        long unpaced429;
        // 10 calls a second: even a slow, loaded machine calls faster than that unpaced (at 40, one was seen to make
        // no more than 5 calls refused unpaced).
        double perSecond = 10;
        try (IamSandbox sandbox =
                IamSandbox.builder().users(30).rateLimit(perSecond, 8).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            long start = System.nanoTime();
            BulkReport report = BulkUpdate.builder(iam).concurrency(4).build().apply(titles(30, "Lead"));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(BulkReport.RunStatus.DONE, report.status(), report.toString());
            paced429 = sandbox.rateLimitedCount();
            assertTrue(seconds >= (60 - 8) / perSecond * 0.9, "faster than the limit allows: " + seconds + " s");
            assertTrue(paced429 <= 3, paced429 + " answers 429 while paced");
        }
        try (IamSandbox sandbox =
                IamSandbox.builder().users(30).rateLimit(perSecond, 8).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            BulkUpdate.builder(iam).concurrency(4).pacing(false).build().apply(titles(30, "Lead"));
            unpaced429 = sandbox.rateLimitedCount();
        }
        assertTrue(unpaced429 > paced429 + 5, "unpaced " + unpaced429 + " vs paced " + paced429);
    }
}
