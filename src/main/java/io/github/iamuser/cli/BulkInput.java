package io.github.iamuser.cli;

import io.github.iamuser.bulk.BulkRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of {@code iam-user bulk FILE}: CSV or JSON Lines as {@code --format} says, else as the
 * file's name ({@code .csv}, {@code .jsonl}) says; {@code -} is standard input, JSON Lines by default.
 */
final class BulkInput {
    /** The formats of a bulk file. */
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
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
                Reader reader = new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
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

    /** A bulk file that cannot be read as a whole: a usage error, nothing sent. */
    static final class BadInput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
