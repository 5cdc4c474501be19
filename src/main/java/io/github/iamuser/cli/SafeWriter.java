package io.github.iamuser.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer for the terminal: every line it passes on has credentials redacted ({@link Redactor}) and
 * its control and bidirectional formatting characters escaped, all but the tabs and line breaks that
 * lay the output out. Values
 * (server text above all) are escaped whole, tabs and line breaks included, with {@link #escape}.
 */
final class SafeWriter extends Writer {
    private static final Pattern CONTROL_ESCAPE = Pattern.compile("\\\\u([0-9a-f]{4})");

    private final Writer target;
    private final Redactor redactor;
    private final StringBuilder line = new StringBuilder();

    private SafeWriter(Writer target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    /** A printer, flushed at each line, that writes to {@code target} through a SafeWriter. */
    static PrintWriter wrap(Writer target, Redactor redactor) {
        return new PrintWriter(new SafeWriter(target, redactor), true);
    }

    /**
     * A print stream whose lines go to {@code target} (normally a SafeWriter's printer): what slf4j-simple
     * and the JVM print to System.err.
     */
    static PrintStream printStream(Writer target) {
        OutputStream lines = new OutputStream() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) throws IOException {
                bytes.write(b);
                if (b == '\n') {
                    target.write(bytes.toString(StandardCharsets.UTF_8));
                    target.flush();
                    bytes.reset();
                }
            }
        };
        return new PrintStream(lines, true, StandardCharsets.UTF_8);
    }

    /**
     * {@code value} with every control character (C0, DEL and C1, tab and line breaks included), line and
     * paragraph separator and bidirectional formatting character written as an escape: {@code \n},
     * {@code \r}, {@code \t}, else {@code \}{@code u001b}, {@code \}{@code u202e} and the like.
     */
    static String escape(String value) {
        return escape(String.valueOf(value), false);
    }

    /**
     * {@code text} with each {@code \}{@code u} escape that {@link #escape} writes in a line (all but tab and
     * line breaks, which lines keep) turned back into its character: what {@code list
     * --csv} printed reads back as the server's value.
     */
    static String unescapeLine(String text) {
        return CONTROL_ESCAPE.matcher(text).replaceAll(m -> {
            char c = (char) Integer.parseInt(m.group(1), 16);
            return escaped(c) && c != '\t' && c != '\n'
                    ? Matcher.quoteReplacement(String.valueOf(c))
                    : Matcher.quoteReplacement(m.group());
        });
    }

    private static String escape(String text, boolean keepTabs) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped(c) || keepTabs && c == '\t') {
                escaped.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.toString();
    }

    /**
     * True for a control character, a line or paragraph separator, and a bidirectional formatting
     * character (marks, embeddings, overrides, isolates): each can make a terminal show other text than
     * what is stored. Other invisible characters, such as the zero-width joiner of emoji, are kept.
     */
    private static boolean escaped(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default ->
                c == '\u061C'
                        || c == '\u200E'
                        || c == '\u200F'
                        || c >= '\u202A' && c <= '\u202E'
                        || c >= '\u2066' && c <= '\u2069';
        };
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                line.append(chars[i]);
                if (chars[i] == '\n') {
                    emitLine();
                }
            }
        }
    }

    /** Passes on the line collected so far (with its line break, if it has one), redacted and escaped. */
    private void emitLine() throws IOException {
        String text = line.toString();
        line.setLength(0);
        String end = text.endsWith("\r\n") ? "\r\n" : text.endsWith("\n") ? "\n" : "";
        target.write(escape(redactor.redact(text.substring(0, text.length() - end.length())), true) + end);
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (line.length() > 0) {
                emitLine();
            }
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        target.close();
    }
}
