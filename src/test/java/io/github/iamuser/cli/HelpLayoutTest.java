package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** HelpLayout's line breaking alone: at spaces only, continuation lines indented as picocli's. */
class HelpLayoutTest {
    @Test
    void aLineThatFitsIsKeptAsItIsTrailingSpaceIncluded() {
        assertEquals("Usage: ", HelpLayout.wrap("Usage: ", 7, 0, null));
        assertEquals("one two\nthree", HelpLayout.wrap("one two\nthree", 7, 0, null));
    }

    @Test
    void aLongLineBreaksAtSpacesNeverInsideAWord() {
        String text = "read ~/.edgerc or the file --edgerc names, with api versions 2|3 allowed";
        String wrapped = HelpLayout.wrap(text, 20, 0, null);
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 20, line);
        }
        assertEquals(Arrays.asList(text.split(" ")), Arrays.asList(wrapped.split("[ \n]+")), "every word whole");
        assertEquals("read ~/.edgerc or\nthe file --edgerc\nnames, with api\nversions 2|3 allowed", wrapped);
    }

    @Test
    void aWordLongerThanTheWidthStaysWhole() {
        assertEquals(
                "a\n~/a/very/long/path/to/an/edgerc\nb",
                HelpLayout.wrap("a ~/a/very/long/path/to/an/edgerc b", 10, 0, null));
    }

    @Test
    void aTableRowContinuesTwoColumnsIntoItsDescription() {
        String row = "  -s, --section=NAME   the section of the edgerc file to read credentials from";
        String wrapped = HelpLayout.wrap(row, 50, 0, null);
        String[] lines = wrapped.split("\n");
        int description = row.indexOf("the section");
        for (int i = 1; i < lines.length; i++) {
            assertEquals(" ".repeat(description + 2), lines[i].substring(0, description + 2), wrapped);
            assertTrue(lines[i].charAt(description + 2) != ' ', wrapped);
        }
        assertTrue(lines.length > 1, wrapped);
    }

    @Test
    void anIndentedLineWithoutColumnsContinuesTwoFurtherIn() {
        assertEquals("    alpha beta\n      gamma", HelpLayout.wrap("    alpha beta gamma", 15, 0, null));
    }

    @Test
    void theSynopsisContinuesAfterTheCommandsNameAndCountsItsHeading() {
        String synopsis = "iam-user update [-hV] [--json] USER";
        String wrapped = HelpLayout.wrap(synopsis, 40, 7, "iam-user update");
        assertEquals("iam-user update [-hV] [--json]\n" + " ".repeat(7 + 16) + "USER", wrapped);
    }
}
