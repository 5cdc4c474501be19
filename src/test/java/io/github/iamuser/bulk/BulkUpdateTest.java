package io.github.iamuser.bulk;

import static io.github.iamuser.bulk.SandboxRows.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BulkUpdate} against the sandbox: rows checked before anything is sent, a journal held by another run, resuming across letter cases, pacing within a rate limit. */
class BulkUpdateTest {
    @TempDir
    Path dir;

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
