package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk runs under faults, against the sandbox (IAM v3): a backup or journal that fills the disk stops the
 * run before its next PUT and the same run finishes it; restore tells a PUT the server refused or never
 * confirmed from a change by someone else; a row that dies of an error its guard throws again reports it.
 */
class BulkDurabilityTest {
    private static final String PUT_PATH = "/identity-management/v3/user-admin/ui-identities/";

    @TempDir
    Path dir;

    private static List<BulkRow> titles(int count, String title) {
        return IntStream.range(0, count)
                .mapToObj(i -> BulkRow.of(SandboxUsers.generatedUser(i), c -> c.jobTitle(title))
                        .fromLine(i + 1))
                .toList();
    }

    private static IamClient v3(IamSandbox sandbox) {
        return IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V3)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private static List<JsonObject> profiles(IamSandbox sandbox, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V3))
                .toList();
    }

    /** A client that runs {@code step} before sending each request of {@code method}, with its count (from 1). */
    private static IamClient before(IamClient client, String method, java.util.function.IntConsumer step) {
        AtomicInteger count = new AtomicInteger();
        return client.withOptions(b -> b.addInterceptor(chain -> {
            if (chain.request().method().equals(method)) {
                step.accept(count.incrementAndGet());
            }
            return chain.proceed(chain.request());
        }));
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
                                .apply(titles(6, "Lead")));
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
                    .apply(titles(6, "Lead"));

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
                                .apply(titles(4, "Lead")));
                assertTrue(stopped.getMessage().contains(journal + " could not be written (No space left on device)"));
            });
            assertEquals(2, sandbox.putCount());

            List<RowResult> rows = new ArrayList<>();
            BulkReport rerun = BulkUpdate.builder(v3(sandbox))
                    .journal(journal)
                    .listener((result, progress) -> rows.add(result))
                    .build()
                    .apply(titles(4, "Lead"));

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
    void restoreFindsNoConflictWhereAPutWasRefusedAndASecondRunAppliedTheFixedRow() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            List<JsonObject> original = profiles(sandbox, 3);
            Path backup = dir.resolve("run.backup");
            sandbox.faults()
                    .enqueue(Fault.nonJsonError(400, "Bad Request")
                            .onlyFor("PUT", PUT_PATH + SandboxUsers.generatedUser(1)));
            BulkReport first =
                    BulkUpdate.builder(v3(sandbox)).backup(backup).build().apply(titles(3, "Lead"));
            assertEquals(1, first.totals().failed(), first.toString());
            BulkReport fixed = BulkUpdate.builder(v3(sandbox))
                    .backup(backup)
                    .build()
                    .apply(List.of(BulkRow.of(SandboxUsers.generatedUser(1), c -> c.jobTitle("Fixed"))
                            .fromLine(2)));
            assertEquals(BulkReport.RunStatus.DONE, fixed.status(), fixed.toString());

            BulkReport restored = BulkUpdate.builder(v3(sandbox)).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(original, profiles(sandbox, 3));
        }
    }

    @Test
    void restoreFindsNoConflictWhereAPutWasNeverConfirmedAndASecondRunAppliedTheFixedRow() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            List<JsonObject> original = profiles(sandbox, 2);
            Path backup = dir.resolve("run.backup");
            for (int i = 0; i < 3; i++) { // OkHttp itself tries a dropped pooled connection again
                sandbox.faults()
                        .enqueue(Fault.dropConnection().onlyFor("PUT", PUT_PATH + SandboxUsers.generatedUser(0)));
            }
            BulkReport first =
                    BulkUpdate.builder(v3(sandbox)).backup(backup).build().apply(titles(2, "Lead"));
            assertEquals(1, first.totals().failed(), first.toString());
            sandbox.faults().clear();
            assertEquals(original.get(0), profiles(sandbox, 1).get(0), "the dropped PUT was not applied");
            BulkReport fixed = BulkUpdate.builder(v3(sandbox))
                    .backup(backup)
                    .build()
                    .apply(List.of(BulkRow.of(SandboxUsers.generatedUser(0), c -> c.jobTitle("Fixed"))));
            assertEquals(BulkReport.RunStatus.DONE, fixed.status(), fixed.toString());

            BulkReport restored = BulkUpdate.builder(v3(sandbox)).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(original, profiles(sandbox, 2));
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
                            .apply(titles(1, "Lead")));
            assertSame(full, thrown);
        }
    }
}
