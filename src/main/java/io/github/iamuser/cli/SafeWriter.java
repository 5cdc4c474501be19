package io.github.iamuser.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer for the terminal: every line it passes on has its control and bidirectional formatting
 * characters escaped, all but the tabs and line breaks that lay the output out, and, in messages
 * ({@link #wrap}), credentials redacted ({@link Redactor}); data ({@link #data}: CSV, JSON) is never
 * redacted. Each line is passed on and flushed as it ends, and a failed write throws {@link
 * OutputFailure}. Values (server text above all) are escaped whole, tabs and line breaks included,
 * with {@link #escape}; CSV cells with {@link #escapeCell}, which {@link #unescapeLine} reverses.
 */
final class SafeWriter extends Writer {
    private static final Pattern CONTROL_ESCAPE = Pattern.compile("\\\\u([0-9a-f]{4})");
    /** A backslash that {@link #unescapeLine} would read as the start of an escape. */
    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("\\\\(?=u[0-9a-f]{4})");
    /**
     * The characters escaped: control characters (C0, DEL and C1), line and paragraph separators, and
     * bidirectional formatting characters (marks, embeddings, overrides, isolates): each can make a terminal
     * show other text than what is stored. Other invisible characters, such as the zero-width joiner of
     * emoji, are kept.
     */
    private static final String ESCAPED = "\\p{Cc}\\p{Zl}\\p{Zp}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
    /** What a value escapes: all of them. */
    private static final Pattern IN_VALUE = Pattern.compile("[" + ESCAPED + "]");
    /** What a line of output escapes: all but the tabs that lay it out. */
    private static final Pattern IN_LINE = Pattern.compile("[" + ESCAPED + "&&[^\\t]]");
    /** What a CSV cell escapes: all but tabs and line feeds, which a quoted cell holds. */
    private static final Pattern IN_CELL = Pattern.compile("[" + ESCAPED + "&&[^\\t\\n]]");

    private final Writer target;
    private final UnaryOperator<String> redact;
    private final StringBuilder line = new StringBuilder();

    private SafeWriter(Writer target, UnaryOperator<String> redact) {
        this.target = target;
        this.redact = redact;
    }

    /** A printer for messages, flushed at each line, that writes to {@code target} with credentials redacted. */
    static PrintWriter wrap(Writer target, Redactor redactor) {
        return new PrintWriter(new SafeWriter(target, redactor::redact));
    }

    /** A printer for data (CSV, JSON), flushed at each line, that writes to {@code target} unredacted. */
    static PrintWriter data(Writer target) {
        return new PrintWriter(new SafeWriter(target, UnaryOperator.identity()));
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
                    String line = bytes.toString(StandardCharsets.UTF_8);
                    bytes.reset();
                    try {
                        target.write(line);
                        target.flush();
                    } catch (UncheckedIOException e) {
                        throw e.getCause(); // a PrintStream keeps its callers (loggers) out of a failed stderr
                    }
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
        return escape(IN_VALUE, String.valueOf(value));
    }

    /**
     * A CSV cell's value for {@code list --csv}: as {@link #escape}, but keeping tabs and line feeds (a
     * quoted cell holds them), and with a backslash that starts a lookalike of an escape written
     * {@code \}{@code u005c}, so that {@link #unescapeLine} gives back exactly {@code value}.
     */
    static String escapeCell(String value) {
        String marked = ESCAPE_LOOKALIKE.matcher(value).replaceAll("\\\\u005c");
        return IN_CELL.matcher(marked).replaceAll(m -> Matcher.quoteReplacement(unicodeEscape(m.group())));
    }

    /**
     * {@code text} with each {@code \}{@code u} escape that {@link #escapeCell} writes (all but tab and
     * line feed, which cells keep, and {@code \}{@code u005c} for a backslash) turned back into its
     * character: what {@code list --csv} printed reads back as the server's value.
     */
    static String unescapeLine(String text) {
        return CONTROL_ESCAPE.matcher(text).replaceAll(m -> {
            char c = (char) Integer.parseInt(m.group(1), 16);
            boolean escaped = IN_CELL.matcher(String.valueOf(c)).matches() || c == '\\';
            return Matcher.quoteReplacement(escaped ? String.valueOf(c) : m.group());
        });
    }

    private static String escape(Pattern escaped, String text) {
        return escaped.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        switch (m.group()) {
                            case "\n" -> "\\n";
                            case "\r" -> "\\r";
                            case "\t" -> "\\t";
                            default -> unicodeEscape(m.group());
                        }));
    }

    private static String unicodeEscape(String character) {
        return String.format("\\u%04x", (int) character.charAt(0));
    }

    /** Takes {@code chars}, passing on each line as it ends; a failed write throws {@link OutputFailure}. */
    @Override
    public void write(char[] chars, int offset, int length) {
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
    private void emitLine() {
        String text = line.toString();
        line.setLength(0);
        String end = text.endsWith("\r\n") ? "\r\n" : text.endsWith("\n") ? "\n" : "";
        checked(() -> {
            target.write(escape(IN_LINE, redact.apply(text.substring(0, text.length() - end.length()))) + end);
            target.flush();
        });
    }

    @Override
    public void flush() {
        synchronized (lock) {
            if (line.length() > 0) {
                emitLine();
            }
            checked(target::flush);
        }
    }

    @Override
    public void close() {
        flush();
        checked(target::close);
    }

    /**
     * Runs {@code write}, a failure as {@link OutputFailure}: unchecked, so that PrintWriter, which hides
     * a failed write, passes it on.
     */
    private static void checked(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    /** Output that could not be written (a full disk, a closed pipe): the command stops, its output incomplete. */
    static final class OutputFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /** True when the reader went away (a pipe closed, as when {@code head} has read enough). */
        boolean readerGone() {
            String message = String.valueOf(getCause().getMessage());
            return message.contains("Broken pipe") || message.contains("pipe is being closed"); // Linux, Windows
        }
    }
}
