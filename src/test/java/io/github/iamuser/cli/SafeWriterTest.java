package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** SafeWriter alone: what it escapes in values, lines and CSV cells, and a failed write. */
class SafeWriterTest {
    @Test
    void aValueHasEveryControlAndBidiCharacterEscapedTabsAndLineBreaksIncluded() {
        assertEquals("a\\tb\\nc\\rd", SafeWriter.escape("a\tb\nc\rd"));
        assertEquals("\\u001b[2J\\u007f\\u0085\\u2028\\u2029", SafeWriter.escape("\u001b[2J\u007f\u0085\u2028\u2029"));
        assertEquals(
                "\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069",
                SafeWriter.escape("\u061c\u200e\u200f\u202a\u202e\u2066\u2069"));
    }

    @Test
    void aValueKeepsOtherTextAndInvisibleJoinersAsTheyAre() {
        String family = "Zo\u00eb \ud83d\udc68\u200d\ud83d\udc69 \u00e9\u4e2d\\u001b";
        assertEquals(family, SafeWriter.escape(family), "the zero-width joiner and a backslash stay");
        assertEquals("null", SafeWriter.escape(null));
    }

    @Test
    void aCellKeepsTabsAndLineFeedsButEscapesCarriageReturnsAndOthers() {
        assertEquals("a\tb\nc\\u000dd\\u001b", SafeWriter.escapeCell("a\tb\nc\rd\u001b"));
    }

    @Test
    void aCellsBackslashThatLooksLikeAnEscapeReadsBackAsItself() {
        String value = "C:\\u001b\\users \\x \u001b \u202e";
        String cell = SafeWriter.escapeCell(value);
        assertEquals("C:\\u005cu001b\\users \\x \\u001b \\u202e", cell);
        assertEquals(value, SafeWriter.unescapeLine(cell));
    }

    @Test
    void unescapingLeavesEscapesOfCharactersACellKeepsAsText() {
        assertEquals("\\u0041 \\u0009 \\u000a", SafeWriter.unescapeLine("\\u0041 \\u0009 \\u000a"));
        assertEquals("\u0007", SafeWriter.unescapeLine("\\u0007"));
    }

    @Test
    void aLineOfOutputKeepsItsTabsAndLineEndsAndEscapesTheRest() {
        StringWriter target = new StringWriter();
        PrintWriter out = SafeWriter.data(target);
        out.print("a\tb\u001b[31m\rc\r\n");
        out.print("d\u202ee\n");
        assertEquals("a\tb\\u001b[31m\\rc\r\nd\\u202ee\n", target.toString());
    }

    @Test
    void eachLineIsPassedOnWhenItEndsAndTheRestAtFlush() {
        StringWriter target = new StringWriter();
        PrintWriter out = SafeWriter.data(target);
        out.print("one\ntw");
        assertEquals("one\n", target.toString(), "the unfinished line waits");
        out.flush();
        assertEquals("one\ntw", target.toString());
    }

    @Test
    void messagesAreRedactedButDataIsNot() {
        String secret = "Authorization: EG1-HMAC-SHA256 client_token=akab-secretvalue;signature=c2lnbmF0dXJl";
        StringWriter messages = new StringWriter();
        SafeWriter.wrap(messages, new Redactor()).println(secret);
        StringWriter data = new StringWriter();
        SafeWriter.data(data).println(secret);
        assertFalse(messages.toString().contains("akab-secretvalue"), messages::toString);
        assertTrue(messages.toString().contains("<redacted>"), messages::toString);
        assertEquals(secret + System.lineSeparator(), data.toString());
    }

    @Test
    void aFailedWriteIsThrownNotHiddenByThePrintWriter() {
        PrintWriter out = SafeWriter.data(new FailingWriter("Broken pipe"));
        SafeWriter.OutputFailure failure = assertThrows(SafeWriter.OutputFailure.class, () -> out.print("x\n"));
        assertTrue(failure.readerGone());
        PrintWriter full = SafeWriter.data(new FailingWriter("No space left on device"));
        assertFalse(assertThrows(SafeWriter.OutputFailure.class, () -> full.print("x\n"))
                .readerGone());
    }

    @Test
    void aPrintStreamPassesEachLineOnEscaped() {
        StringWriter target = new StringWriter();
        PrintStream err = SafeWriter.printStream(SafeWriter.data(target));
        err.print("warn \u001b[2J ");
        assertEquals("", target.toString(), "nothing before the line ends");
        err.print("done\n");
        assertEquals("warn \\u001b[2J done\n", target.toString());
    }

    private static final class FailingWriter extends Writer {
        private final String message;

        FailingWriter(String message) {
            this.message = message;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException(message);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
