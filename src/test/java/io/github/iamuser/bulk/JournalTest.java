package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.bulk.BackupEntry.Put;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Journal}: what it writes (journal and backup lines, the backup's first), and what it reads back: per user
 * and part, the latest state of this row only (an earlier row of the same user is told apart by its fingerprint),
 * what an unconfirmed PUT sent, a damaged or unknown line named by its number.
 */
class JournalTest {
    private static final UserKey USER = new UserKey(null, "A-B-1");
    private static final BulkTask ROW = new BulkTask(3, "A-B-1", null, "row-fp", List.of());
    private static final int PROFILE = BulkTask.Kind.PROFILE.ordinal();
    private static final int GRANTS = BulkTask.Kind.GRANTS.ordinal();

    @TempDir
    Path dir;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private Path journal(String... lines) throws IOException {
        Path file = dir.resolve("run.journal");
        Files.write(file, List.of(lines));
        return file;
    }

    private static Journal.State[] take(Path journal, UserKey user, String fingerprint) throws IOException {
        try (Journal read = Journal.open(journal, null, false)) {
            return read.take(user, fingerprint);
        }
    }

    @Test
    void startedAndFinishedLinesAreWrittenWithTheirBackupLinesFirst() throws Exception {
        Path journal = dir.resolve("run.journal");
        Path backup = dir.resolve("run.backup");
        try (Journal open = Journal.open(journal, backup, true)) {
            open.started(ROW, USER, BulkTask.Kind.PROFILE, json("{\"jobTitle\":\"A\"}"), json("{\"jobTitle\":\"B\"}"));
            open.finished(ROW, USER, BulkTask.Kind.PROFILE, RowStatus.APPLIED, Put.APPLIED);
            open.finished(ROW, USER, BulkTask.Kind.GRANTS, RowStatus.UNCHANGED, null);
            open.started(
                    ROW,
                    new UserKey("1-KEY", "A-B-1"),
                    BulkTask.Kind.GRANTS,
                    json("{\"authGrants\":[]}"),
                    json("{\"authGrants\":[1]}"));
        }
        assertEquals(
                List.of(
                        "{\"event\":\"started\",\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":null,\"row\":\"row-fp\","
                                + "\"line\":3,\"after\":{\"jobTitle\":\"B\"}}",
                        "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":null,\"row\":\"row-fp\","
                                + "\"line\":3,\"status\":\"APPLIED\",\"put\":\"applied\"}",
                        "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":null,\"part\":\"grants\","
                                + "\"row\":\"row-fp\",\"line\":3,\"status\":\"UNCHANGED\"}",
                        "{\"event\":\"started\",\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":\"1-KEY\",\"part\":\"grants\","
                                + "\"row\":\"row-fp\",\"line\":3,\"after\":{\"authGrants\":[1]}}"),
                Files.readAllLines(journal));
        assertEquals(
                List.of(
                        "{\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":null,\"before\":{\"jobTitle\":\"A\"},"
                                + "\"after\":{\"jobTitle\":\"B\"}}",
                        "{\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":null,\"put\":\"applied\"}",
                        "{\"uiIdentityId\":\"A-B-1\",\"accountSwitchKey\":\"1-KEY\",\"part\":\"grants\","
                                + "\"before\":{\"authGrants\":[]},\"after\":{\"authGrants\":[1]}}"),
                Files.readAllLines(backup),
                "a part that sent no PUT has no backup line");
    }

    @Test
    void aBackupLineThatCannotBeWrittenKeepsItsJournalLineOut() throws Exception {
        Path journal = dir.resolve("run.journal");
        Path backup = dir.resolve("run.backup");
        FullDiskChannel.with(backup, 10, () -> {
            try (Journal open = Journal.open(journal, backup, true)) {
                assertThrows(
                        IOException.class,
                        () -> open.started(
                                ROW,
                                USER,
                                BulkTask.Kind.PROFILE,
                                json("{\"jobTitle\":\"A\"}"),
                                json("{\"jobTitle\":\"B\"}")));
            }
        });
        assertEquals("", Files.readString(journal), "no started line for a PUT the backup does not hold");
    }

    @Test
    void aDryRunReadsTheJournalAndWritesNothing() throws Exception {
        Path backup = dir.resolve("run.backup");
        Path journal = journal(
                "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"row\":\"row-fp\",\"status\":\"APPLIED\"}");
        try (Journal open = Journal.open(journal, backup, false)) {
            open.started(ROW, USER, BulkTask.Kind.PROFILE, json("{}"), json("{}"));
            open.finished(ROW, USER, BulkTask.Kind.PROFILE, RowStatus.APPLIED, Put.APPLIED);
            assertEquals(RowStatus.APPLIED, open.take(USER, "row-fp")[PROFILE].finished());
        }
        assertEquals(1, Files.readAllLines(journal).size());
        assertFalse(Files.exists(backup));
    }

    @Test
    void eachPartsLatestStateOfThisRowIsKeptAndAskedOnce() throws Exception {
        Path journal = dir.resolve("run.journal");
        JsonObject grants = json("{\"authGrants\":[{\"groupId\":1,\"roleId\":2}]}");
        try (Journal open = Journal.open(journal, null, true)) {
            open.started(ROW, USER, BulkTask.Kind.PROFILE, json("{}"), json("{\"jobTitle\":\"B\"}"));
            open.finished(ROW, USER, BulkTask.Kind.PROFILE, RowStatus.APPLIED, Put.APPLIED);
            open.started(ROW, USER, BulkTask.Kind.GRANTS, json("{}"), grants);
            open.finished(ROW, USER, BulkTask.Kind.GRANTS, RowStatus.FAILED, Put.UNKNOWN);
        }
        try (Journal read = Journal.open(journal, null, false)) {
            Journal.State[] states = read.take(new UserKey(null, "a-b-1"), "row-fp");
            assertEquals(new Journal.State("row-fp", null, RowStatus.APPLIED), states[PROFILE]);
            assertTrue(states[PROFILE].done());
            assertEquals(new Journal.State("row-fp", Journal.digest(grants), RowStatus.FAILED), states[GRANTS]);
            assertFalse(states[GRANTS].done());
            assertNull(states[BulkTask.Kind.NOTIFICATIONS.ordinal()]);
            assertArrayEquals(new Journal.State[3], read.take(USER, "row-fp"), "asked once per user");
        }
        assertArrayEquals(
                new Journal.State[3], take(journal, new UserKey("1-KEY", "A-B-1"), "row-fp"), "another account");
    }

    @Test
    void anEarlierRowOfTheSameUserIsToldApartByItsFingerprint() throws Exception {
        Path journal = journal(
                "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"row\":\"old\",\"status\":\"APPLIED\"}",
                "{\"event\":\"started\",\"uiIdentityId\":\"A-B-1\",\"part\":\"grants\",\"row\":\"old\",\"after\":{\"a\":1}}");
        assertArrayEquals(new Journal.State[3], take(journal, USER, "new"));
        Journal.State[] old = take(journal, USER, "old");
        assertEquals(RowStatus.APPLIED, old[PROFILE].finished());
        assertEquals(new Journal.State("old", Journal.digest(json("{\"a\":1}")), null), old[GRANTS]);
    }

    @Test
    void whatAPutSentIsKeptOnlyWhileUnconfirmedAndOnlyForTheRowThatSentIt() throws Exception {
        String started =
                "{\"event\":\"started\",\"uiIdentityId\":\"A-B-1\",\"row\":\"A\",\"after\":{\"jobTitle\":\"B\"}}";
        String sent = Journal.digest(json("{\"jobTitle\":\"B\"}"));
        assertEquals(sent, take(journal(started), USER, "A")[PROFILE].sent(), "a PUT with no finished line");
        assertEquals(sent, take(journal(started, finished("A", "FAILED", "unknown")), USER, "A")[PROFILE].sent());
        assertEquals(sent, take(journal(started, finished("A", "FAILED", null)), USER, "A")[PROFILE].sent());
        assertNull(
                take(journal(started, finished("A", "FAILED", "refused")), USER, "A")[PROFILE].sent(),
                "refused: nothing changed");
        assertNull(take(journal(started, finished("A", "APPLIED", "applied")), USER, "A")[PROFILE].sent(), "confirmed");
        assertNull(
                take(journal(started, finished("B", "FAILED", "unknown")), USER, "B")[PROFILE].sent(),
                "another row's PUT");
    }

    private static String finished(String row, String status, String put) {
        return "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"row\":\"" + row + "\",\"status\":\"" + status
                + "\"" + (put == null ? "" : ",\"put\":\"" + put + "\"") + "}";
    }

    @Test
    void aFinishedLineWithAnUnknownOrNoStatusIsNamedByItsNumber() throws Exception {
        String ok = finished("A", "APPLIED", null);
        Path unknown = journal(ok, finished("A", "DONE", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> take(unknown, USER, "A"));
        assertEquals(
                unknown + " line 2 has the status DONE, which is not one of [APPLIED, UNCHANGED, WOULD_APPLY, SKIPPED,"
                        + " CONFLICT, FAILED]: give the journal this command wrote, or a new file to start a new run."
                        + " Nothing was sent.",
                e.getMessage());
        Path none = journal(ok, ok, "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"row\":\"A\"}");
        e = assertThrows(IllegalArgumentException.class, () -> take(none, USER, "A"));
        assertTrue(e.getMessage().startsWith(none + " line 3 has no status, which is not one of"), e.getMessage());
    }

    @Test
    void aDamagedLineIsNamedByItsNumberAndACutLastLineOrAForeignOneIsLeftOut() throws Exception {
        Path damaged = journal(finished("A", "APPLIED", null), "{\"event\":\"fini", finished("A", "FAILED", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> take(damaged, USER, "A"));
        assertTrue(e.getMessage().startsWith(damaged + " line 2 is damaged"), e.getMessage());

        Path cut = dir.resolve("cut.journal");
        Files.writeString(
                cut,
                finished("A", "APPLIED", null) + "\n{\"uiIdentityId\":\"A-B-1\",\"put\":\"applied\"}\n"
                        + "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"part\":\"roles\",\"row\":\"A\",\"status\":\"X\"}\n"
                        + "{\"event\":\"finished\",\"uiIdentityId\":\"A-B-1\",\"row\":\"A\",\"status\":\"FAI");
        assertEquals(RowStatus.APPLIED, take(cut, USER, "A")[PROFILE].finished());
    }

    @Test
    void theDigestIsOfTheValuesAnEmptyOrAbsentTextFieldAlike() {
        String digest = Journal.digest(json("{\"jobTitle\":\"Lead\",\"sessionTimeOut\":1800}"));
        assertEquals(
                digest,
                Journal.digest(json("{\"sessionTimeOut\":1800,\"city\":\"\",\"jobTitle\":\"Lead\",\"x\":null}")));
        assertNotEquals(digest, Journal.digest(json("{\"jobTitle\":\"Lead\",\"sessionTimeOut\":1801}")));
        assertNotEquals(digest, Journal.digest(json("{\"jobTitle\":\"Lead\",\"sessionTimeOut\":\"1800\"}")));
    }
}
