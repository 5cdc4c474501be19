package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.bulk.FullDiskChannel;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulk} and {@code restore} (IAM v3) when their files fail: a full disk, a damaged or cut backup, a
 * journal that is a link to the backup; and what their output says when a row needs a word more than
 * APPLIED, or no row was skipped.
 */
class BulkFaultsTest {
    private static IamSandbox sandbox;
    private static CliHome home;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.builder().users(4).start();
        home = CliHome.sandbox(tempHome, sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--api-version", "3"));
        return home.cli(all.toArray(String[]::new));
    }

    /** A CSV giving the first {@code users} users the job title {@code title}. */
    private Path titles(int users, String title) throws IOException {
        StringBuilder csv = new StringBuilder("uiIdentityId,jobTitle\n");
        for (int i = 0; i < users; i++) {
            csv.append(SandboxUsers.generatedUser(i)).append(',').append(title).append('\n');
        }
        return Files.writeString(dir.resolve("titles.csv"), csv);
    }

    /** Runs bulk with a backup over the four users, and returns the backup's lines. */
    private List<String> backedUp(Path backup) throws IOException {
        CliRun bulk =
                cli("bulk", titles(4, "Backed up").toString(), "--backup", backup.toString(), "--concurrency", "1");
        assertEquals(0, bulk.exitCode(), bulk::toString);
        assertTrue(bulk.err().contains("applied 4, unchanged 0"), bulk::toString);
        return new ArrayList<>(Files.readAllLines(backup));
    }

    @Test
    void aJournalThatFillsTheDiskStopsTheRunNamingTheFileTheCauseAndWhatToDo() throws Exception {
        Path csv = titles(3, "Full disk");
        Path journal = dir.resolve("run.journal");
        String[] command = {"bulk", csv.toString(), "--journal", journal.toString()};
        FullDiskChannel.with(journal, 100, () -> {
            CliRun full = cli(command);
            assertEquals(1, full.exitCode(), full::toString);
            assertTrue(
                    full.err()
                            .contains("bulk: the run stopped before its next PUT: " + journal
                                    + " could not be written (No space left on device). Every PUT sent is recorded."
                                    + " Free disk space (or let the file be written), then run the same rows again"
                                    + " with the same journal to finish: what is done is skipped."),
                    full::toString);
            assertFalse(full.err().contains("unexpected failure"), full::toString);
            assertEquals(0, sandbox.putCount(), "no PUT without its journal line on the disk");
        });

        CliRun rerun = cli(command);

        assertEquals(0, rerun.exitCode(), rerun::toString);
        assertTrue(rerun.err().contains("applied 3, unchanged 0, failed 0, skipped 0."), rerun::toString);
    }

    @Test
    void restoreNamesADamagedLineFollowedByOthersAndSendsNothing() throws IOException {
        Path backup = dir.resolve("run.backup");
        List<String> lines = backedUp(backup);
        // Line 2 half-written, and the next line appended onto it, as after a failed write.
        lines.set(1, lines.get(1).substring(0, 30) + lines.remove(2));
        Files.write(backup, lines);
        long puts = sandbox.putCount();

        CliRun restore = cli("restore", backup.toString());

        assertEquals(2, restore.exitCode(), restore::toString);
        assertTrue(restore.err().contains(backup + " line 2 is damaged"), restore::toString);
        assertEquals(puts, sandbox.putCount(), "nothing sent");
    }

    @Test
    void restoreRefusesACopyThatLostItsFirstLines() throws IOException {
        Path backup = dir.resolve("run.backup");
        List<String> lines = backedUp(backup);
        Files.write(backup, lines.subList(1, lines.size()));

        CliRun restore = cli("restore", backup.toString());

        assertEquals(2, restore.exitCode(), restore::toString);
        assertTrue(
                restore.err()
                        .contains(backup + " line 1 records what became of a PUT of " + SandboxUsers.generatedUser(0)),
                restore::toString);
    }

    @Test
    void aCutLastLineIsReportedAndEveryProfileStillRestored() throws IOException {
        Path backup = dir.resolve("run.backup");
        List<String> lines = backedUp(backup);
        String last = lines.remove(lines.size() - 1);
        Files.writeString(backup, String.join("\n", lines) + "\n" + last.substring(0, last.length() / 2));

        CliRun restore = cli("restore", backup.toString());

        assertEquals(0, restore.exitCode(), restore::toString);
        assertTrue(restore.err().contains(backup + " line 8 was cut short"), restore::toString);
        assertTrue(restore.err().contains("applied 4, unchanged 0, failed 0, skipped 0."), restore::toString);
    }

    @Test
    void aJournalThatIsALinkToTheBackupNotYetWrittenIsNamedAsSuch() throws IOException {
        Path backup = dir.resolve("run.backup");
        Path journal = Files.createSymbolicLink(dir.resolve("run.journal"), backup);

        CliRun bulk = cli(
                "bulk", titles(1, "Linked").toString(), "--backup", backup.toString(), "--journal", journal.toString());

        assertEquals(2, bulk.exitCode(), bulk::toString);
        assertTrue(bulk.err().contains("both name " + journal + ": give each its own file"), bulk::toString);
        assertFalse(bulk.err().contains("in use by another run"), bulk::toString);
    }

    @Test
    void aRestoreThatTurnsASecondFactorBackOnSaysItCannotBringTheEnrolmentBack() throws IOException {
        String user = SandboxUsers.generatedUser(0);
        assertEquals(
                "TFA", sandbox.user(null, user).get("additionalAuthentication").getAsString());
        Path csv =
                Files.writeString(dir.resolve("off.csv"), "uiIdentityId,additionalAuthentication\n" + user + ",NONE\n");
        Path backup = dir.resolve("run.backup");
        assertEquals(
                0, cli("bulk", csv.toString(), "--backup", backup.toString()).exitCode());

        CliRun restore = cli("restore", backup.toString());

        assertEquals(0, restore.exitCode(), restore::toString);
        assertTrue(
                restore.err()
                        .contains("line 1, user " + user + ": APPLIED: additionalAuthentication is set to TFA, but an"
                                + " update cannot enrol the user in it (a restore cannot bring an enrolment back"
                                + " either): the user may have to set it up again at the next sign-in"),
                restore::toString);
        assertFalse(sandbox.user(null, user)
                .get("additionalAuthenticationConfigured")
                .getAsBoolean());
    }

    @Test
    void theSummarySaysDoneByAnEarlierRunOnlyWhenRowsWereSkipped() throws IOException {
        Path csv = titles(2, "Summary");
        Path journal = dir.resolve("run.journal");

        CliRun first = cli("bulk", csv.toString(), "--journal", journal.toString());
        CliRun again = cli("bulk", csv.toString(), "--journal", journal.toString());

        assertTrue(first.err().contains("applied 2, unchanged 0, failed 0, skipped 0."), first::toString);
        assertTrue(
                again.err().contains("applied 0, unchanged 0, failed 0, skipped 2 (done by an earlier run)."),
                again::toString);
    }
}
