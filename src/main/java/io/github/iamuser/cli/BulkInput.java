package io.github.iamuser.cli;

import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the rows of {@code iam-user bulk FILE}: CSV or JSON Lines as {@code --format} says, else as the
 * file's name ({@code .csv}, {@code .jsonl}) says; {@code -} is standard input, JSON Lines by default.
 */
final class BulkInput {
    enum Format {
        CSV,
        JSONL
    }

    private BulkInput() {}

    /**
     * The rows of {@code file} in {@code format} (null: by the file's name), read whole before anything is
     * sent; {@link BadInput} says what is wrong and where.
     */
    static List<BulkRow> read(String file, Format format, InputStream stdin) throws IOException {
        String name = file.toLowerCase(Locale.ROOT);
        boolean csv = format != null ? format == Format.CSV : name.endsWith(".csv");
        if (format == null && !csv && !name.endsWith(".jsonl") && !file.equals("-")) {
            throw new BadInput("is neither .csv nor .jsonl: name the file for its format or give --format csv (or"
                    + " jsonl); - reads standard input.");
        }
        try (InputStream in = file.equals("-") ? standardInput(stdin) : Files.newInputStream(Path.of(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte-order mark (a spreadsheet writes one)
            }
            List<BulkRow> rows = csv ? CsvRows.read(reader) : JsonlRows.read(reader);
            if (rows.isEmpty()) {
                throw new BadInput("holds no rows: nothing to do.");
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new BadInput("does not exist: give the path of the bulk file.");
        } catch (CharacterCodingException e) {
            throw new BadInput("is not UTF-8 text: save it as UTF-8 (spreadsheets offer \"CSV UTF-8\").");
        } catch (IOException e) {
            throw new BadInput("cannot be read (" + e.getMessage() + "): give the path of a .csv or .jsonl file.");
        }
    }

    /**
     * {@code stdin}, which closing leaves open. Refused when the command line started with descriptor 0
     * closed (as by {@code <&-}): the JVM then opened its runtime image ({@code lib/modules}) as
     * descriptor 0, and reading that as rows, or closing it, crashed the JVM.
     */
    private static InputStream standardInput(InputStream stdin) {
        Path stdinPath = Path.of("/dev/stdin");
        Path runtimeImage = Path.of(System.getProperty("java.home"), "lib", "modules");
        boolean closed;
        try { // on Unix (where /dev/fd lists the open descriptors), only a closed descriptor 0 has no /dev/stdin
            closed = Files.isDirectory(Path.of("/dev/fd"))
                    && (!Files.exists(stdinPath)
                            || Files.exists(runtimeImage) && Files.isSameFile(stdinPath, runtimeImage));
        } catch (IOException | InvalidPathException unknown) {
            closed = false;
        }
        if (closed) {
            throw new BadInput("standard input is closed (as by <&-): give the rows on it, as in 'iam-user bulk -"
                    + " < rows.jsonl', or name the file.");
        }
        return new FilterInputStream(stdin) {
            @Override
            public void close() {}
        };
    }

    /**
     * The change a file's row asks: {@code set} (JSON name to text, {@code ""} empties a text field) and {@code
     * clear}, made in name order; one it cannot make names every field at fault at once, failing the row.
     */
    static Consumer<ProfileChange> change(Map<String, String> set, Set<String> clear) {
        Map<String, String> sets = Map.copyOf(set); // compact: a run may hold many rows
        Set<String> clears = Set.copyOf(clear);
        return change -> {
            List<Violation> violations = new ArrayList<>();
            new TreeMap<>(sets).forEach((field, text) -> collect(violations, () -> change.set(field, text)));
            new TreeSet<>(clears).forEach(field -> collect(violations, () -> change.clear(field)));
            if (!violations.isEmpty()) {
                throw new RefusedChangeException("profile", violations);
            }
        };
    }

    /** Runs {@code step}, adding the violations of a change it refuses to {@code violations}. */
    static void collect(List<Violation> violations, Runnable step) {
        try {
            step.run();
        } catch (RefusedChangeException e) {
            violations.addAll(e.violations());
        }
    }

    /** A bulk file that cannot be read as a whole: a usage error, nothing sent. */
    static final class BadInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
