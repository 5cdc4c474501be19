package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BulkInput alone: which reader a bulk file gets, its byte-order mark and encoding, and a row's change. */
class BulkInputTest {
    private static final String CSV = "uiIdentityId,jobTitle\nA-B-1CDEFG,CTO\n";
    private static final String JSONL = "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"jobTitle\": \"CTO\"}}\n";
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    @Test
    void theFilesNameChoosesTheFormatInAnyCase() throws IOException {
        assertEquals("A-B-1CDEFG", read("rows.CSV", CSV, null).get(0).uiIdentityId());
        assertEquals("A-B-1CDEFG", read("rows.jsonl", JSONL, null).get(0).uiIdentityId());
        assertEquals(
                "is neither .csv nor .jsonl: name the file for its format or give --format csv (or jsonl); - reads"
                        + " standard input.",
                assertThrows(BulkInput.BadInput.class, () -> read("rows.txt", CSV, null))
                        .getMessage());
    }

    @Test
    void formatOverridesTheName() throws IOException {
        assertEquals("CTO", jobTitle(read("rows.txt", CSV, BulkInput.Format.CSV).get(0)));
        assertEquals(
                "CTO", jobTitle(read("rows.csv", JSONL, BulkInput.Format.JSONL).get(0)));
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsSkipped() throws IOException {
        assertEquals("CTO", jobTitle(read("bom.csv", "\uFEFF" + CSV, null).get(0)));
        assertEquals("CTO", jobTitle(read("bom.jsonl", "\uFEFF" + JSONL, null).get(0)));
    }

    @Test
    void standardInputIsJsonLinesByDefaultAndIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        InputStream stdin = new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals("CTO", jobTitle(BulkInput.read("-", null, stdin).get(0)));
        assertFalse(closed[0], "standard input stays open");
        InputStream csv = new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "CTO", jobTitle(BulkInput.read("-", BulkInput.Format.CSV, csv).get(0)));
    }

    @Test
    void aFileWithoutRowsIsRefused() {
        for (Map.Entry<String, String> empty : Map.of("empty.csv", "uiIdentityId,jobTitle\n", "empty.jsonl", "\n  \n")
                .entrySet()) {
            assertEquals(
                    "holds no rows: nothing to do.",
                    assertThrows(BulkInput.BadInput.class, () -> read(empty.getKey(), empty.getValue(), null))
                            .getMessage());
        }
    }

    @Test
    void aMissingUnreadableOrNonUtf8FileSaysSo() throws IOException {
        assertEquals(
                "does not exist: give the path of the bulk file.",
                assertThrows(
                                BulkInput.BadInput.class,
                                () -> BulkInput.read(dir.resolve("no.csv").toString(), null, NO_STDIN))
                        .getMessage());
        Path latin1 = Files.write(
                dir.resolve("latin1.csv"),
                "uiIdentityId,city\nA-B-1CDEFG,K\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(
                "is not UTF-8 text: save it as UTF-8 (spreadsheets offer \"CSV UTF-8\").",
                assertThrows(BulkInput.BadInput.class, () -> BulkInput.read(latin1.toString(), null, NO_STDIN))
                        .getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        String message = assertThrows(BulkInput.BadInput.class, () -> BulkInput.read(folder.toString(), null, NO_STDIN))
                .getMessage();
        assertTrue(
                message.startsWith("cannot be read (") && message.endsWith("give the path of a .csv or .jsonl file."),
                message);
    }

    @Test
    void aBadInputIsAUsageError() {
        assertEquals(IamUserCli.USAGE_ERROR, ErrorReport.exitCode(new BulkInput.BadInput("x"), false));
    }

    @Test
    void aRowsChangeIsMadeInNameOrderAndNamesEveryFieldAtFaultAtOnce() {
        ProfileChange made = new ProfileChange();
        BulkInput.change(Map.of("jobTitle", "CTO", "city", ""), Set.of("mobilePhone"))
                .accept(made);
        assertEquals(
                List.of("city", "jobTitle", "mobilePhone"),
                List.copyOf(made.values().keySet()));
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> BulkInput.change(Map.of("tfaEnabled", "yes", "jobTitle", "ok"), Set.of("sessionTimeOut"))
                        .accept(new ProfileChange()));
        assertEquals(
                List.of("tfaEnabled", "sessionTimeOut"),
                refused.violations().stream().map(Violation::field).toList());
    }

    private List<BulkRow> read(String name, String text, BulkInput.Format format) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return BulkInput.read(file.toString(), format, NO_STDIN);
    }

    private static String jobTitle(BulkRow row) {
        return row.change().values().get("jobTitle").getAsString();
    }
}
