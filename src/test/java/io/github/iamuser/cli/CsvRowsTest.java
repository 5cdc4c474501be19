package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.profile.RefusedChangeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** CsvRows alone: the header, the cells of each row, and errors that name the line or the column. */
class CsvRowsTest {
    @Test
    void aFormulaOrNumberLikeValueIsMarkedAsTextAndReadBackWithoutTheMark() {
        for (String value : List.of("=HYPERLINK(\"x\")", "+1 617 555 0100", "-5", "@sum", "\tx", "\rx", "'=quoted")) {
            assertEquals("'" + value, CsvRows.cell(value), value);
            assertEquals(value, CsvRows.value(CsvRows.cell(value)), value);
        }
        assertEquals("", CsvRows.cell(""));
        assertEquals("CTO", CsvRows.cell("CTO"));
        assertEquals("'tis", CsvRows.value("'tis"), "a quote before other text is the value's own");
        assertEquals("'", CsvRows.value("'"));
    }

    @Test
    void eachRowSetsTheListedFieldsBlankMeaningNoValueAndKeepsTheLineItStartsOn() throws IOException {
        List<BulkRow> rows = read("uiIdentityId,accountSwitchKey,jobTitle,city\n"
                + " A-B-1CDEFG ,,\"Head of R&D, EMEA\",\"Köln\nNord\"\n"
                + "A-B-2HIJKL,1-ABC:1-2DEF,'=CTO,\n");
        assertEquals(2, rows.size());
        assertEquals("A-B-1CDEFG", rows.get(0).uiIdentityId(), "stripped");
        assertNull(rows.get(0).accountSwitchKey(), "a blank key: the client's account");
        assertEquals(2, rows.get(0).line());
        assertEquals(Map.of("city", "Köln\nNord", "jobTitle", "Head of R&D, EMEA"), values(rows.get(0)));
        assertEquals("1-ABC:1-2DEF", rows.get(1).accountSwitchKey());
        assertEquals(4, rows.get(1).line(), "after a value that holds a line break");
        assertEquals(Map.of("city", "", "jobTitle", "=CTO"), values(rows.get(1)));
    }

    @Test
    void aSpreadsheetsTrueAndFalseInAnyCaseAreReadForBooleansOnly() throws IOException {
        List<BulkRow> rows = read("uiIdentityId,tfaEnabled,jobTitle\nA-B-1CDEFG, TRUE ,TRUE\nA-B-2HIJKL,False,FALSE\n");
        assertEquals(Map.of("tfaEnabled", "true", "jobTitle", "TRUE"), values(rows.get(0)));
        assertEquals(Map.of("tfaEnabled", "false", "jobTitle", "FALSE"), values(rows.get(1)));
    }

    @Test
    void aBadBooleanFailsItsRowWhenItRunsNamingTheField() throws IOException {
        BulkRow row = read("uiIdentityId,tfaEnabled\nA-B-1CDEFG,yes\n").get(0);
        assertEquals(2, row.line());
        RefusedChangeException refused = assertThrows(RefusedChangeException.class, row::change);
        assertEquals("tfaEnabled", refused.violations().get(0).field());
    }

    @Test
    void semicolonsSeparateCellsWhenTheHeaderHoldsThemAndNoComma() throws IOException {
        assertEquals(
                Map.of("jobTitle", "Head of R&D, EMEA", "city", "Köln"),
                values(read("uiIdentityId;jobTitle;city\nA-B-1CDEFG;Head of R&D, EMEA;Köln\n")
                        .get(0)));
        BulkInput.BadInput mixed =
                assertThrows(BulkInput.BadInput.class, () -> read("uiIdentityId,jobTitle;city\nA-B-1CDEFG,CTO\n"));
        assertTrue(mixed.getMessage().contains("\"jobTitle;city\""), mixed::getMessage);
    }

    @Test
    void aRowWithTooFewOrTooManyCellsNamesItsLineAndTheSeparator() {
        assertEquals(
                "line 3 has 3 cells but the header has 2: quote a value that holds a comma, and give every row all"
                        + " the columns.",
                refused("uiIdentityId,city\nA-B-1CDEFG,Boston\nA-B-2HIJKL,Salem, MA\n"));
        assertTrue(refused("uiIdentityId;city\nA-B-1CDEFG\n")
                .startsWith("line 2 has 1 cells but the header has 2:" + " quote a value that holds a semicolon"));
    }

    @Test
    void namelessColumnsAtTheEndAreLeftOutButAValueUnderOneIsRefused() throws IOException {
        assertEquals(
                Map.of("city", "Boston"),
                values(read("uiIdentityId,city,,\nA-B-1CDEFG,Boston,,\n").get(0)));
        assertEquals(
                Map.of("city", "Boston"),
                values(read("uiIdentityId,city,,\nA-B-1CDEFG,Boston\n").get(0)),
                "a row that stops at the named columns");
        assertEquals(
                "line 3 has a value in column 4, which the header leaves without a name: name the column or empty"
                        + " the cell.",
                refused("uiIdentityId,city,,\nA-B-1CDEFG,Boston,,\nA-B-2HIJKL,Salem,,x\n"));
        assertTrue(
                refused("uiIdentityId,,city\nA-B-1CDEFG,,Boston\n").startsWith("column 2 of the header has no name"));
    }

    @Test
    void theHeaderMustNameTheUserAndEachColumnOnceAndOnlyKnownColumns() {
        assertTrue(refused("jobTitle\nCTO\n").startsWith("the header has no uiIdentityId column"));
        assertTrue(refused("A-B-1CDEFG,CTO\n").startsWith("the header has no uiIdentityId column"), "no header line");
        assertEquals(
                "the header names jobTitle, city twice: give each column once.",
                refused("uiIdentityId,jobTitle,city,jobTitle,city\nA-B-1CDEFG,a,b,c,d\n"));
        String unknown = refused("uiIdentityId,title,uiUserName\nA-B-1CDEFG,a,b\n");
        assertTrue(unknown.startsWith("the header names \"title\", \"uiUserName\", which are not a column"), unknown);
        assertTrue(refused("uiIdentityId,Title\nA-B-1CDEFG,a\n").contains("\"Title\", which is not"));
    }

    @Test
    void everyRowNamesItsUserAndRowsOfEmptyCellsAreSkipped() throws IOException {
        List<BulkRow> rows = read("uiIdentityId,city\n\n,\n , \nA-B-1CDEFG,Boston\n");
        assertEquals(1, rows.size());
        assertEquals(5, rows.get(0).line());
        assertEquals(
                "line 3 has no uiIdentityId: every row names its user.",
                refused("uiIdentityId,city\nA-B-1CDEFG,Boston\n,Salem\n"));
    }

    @Test
    void aQuoteNeverClosedSaysHowToQuote() {
        String message = refused("uiIdentityId,jobTitle\nA-B-1CDEFG,\"Head of R&D, EMEA\n");
        assertTrue(message.startsWith("the CSV cannot be read ("), message);
        assertTrue(message.endsWith("write a quote inside a quoted value as \"\"."), message);
    }

    @Test
    void anEscapedControlCharacterAsListCsvWritesItReadsBackAsTheCharacter() throws IOException {
        assertEquals(
                Map.of("jobTitle", "a\\b"),
                values(read("uiIdentityId,jobTitle\nA-B-1CDEFG,a\\u005cb\n").get(0)));
    }

    private static List<BulkRow> read(String csv) throws IOException {
        return CsvRows.read(new BufferedReader(new StringReader(csv)));
    }

    private static String refused(String csv) {
        return assertThrows(BulkInput.BadInput.class, () -> read(csv)).getMessage();
    }

    private static Map<String, String> values(BulkRow row) {
        Map<String, String> values = new TreeMap<>();
        row.change().values().forEach((field, value) -> values.put(field, value.getAsString()));
        return values;
    }

    @Test
    void aRowAfterABlankLineKeepsItsOwnLineNumber() throws Exception {
        assertEquals(
                3,
                CsvRows.read(new BufferedReader(new StringReader("uiIdentityId,city\n\nA-B-1CDEFG,Boston\n")))
                        .get(0)
                        .line());
    }

    @Test
    void anErrorAfterABlankLineNamesTheRightLine() {
        assertEquals(
                "line 4 has no uiIdentityId: every row names its user.",
                assertThrows(
                                BulkInput.BadInput.class,
                                () -> CsvRows.read(new BufferedReader(
                                        new StringReader("uiIdentityId,city\nA-B-1CDEFG,Boston\n\n,Salem\n"))))
                        .getMessage());
    }
}
