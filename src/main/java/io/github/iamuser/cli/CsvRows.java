package io.github.iamuser.cli;

import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.profile.ProfileField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a bulk CSV (Apache Commons CSV: quoting, embedded commas and line breaks): a header {@code uiIdentityId}, optionally {@code accountSwitchKey}, and any of the
 * 17 profile fields; each row states the wanted value of each listed field, a blank cell meaning no
 * value ({@code ""}); fields not listed keep their values. What {@code list --csv} writes reads back.
 */
final class CsvRows {
    static final String ID = "uiIdentityId";
    static final String ACCOUNT = "accountSwitchKey";
    /**
     * What a spreadsheet takes for the start of a formula (OWASP's "CSV injection": = + - @ tab and
     * carriage return), and the quote that marks a cell as text.
     */
    private static final String FORMULA_START = "=+-@\t\r'";
    /** The most characters of the header line looked at for its separator. */
    private static final int HEADER_LIMIT = 64 * 1024;

    private CsvRows() {}

    /**
     * A value as {@code list --csv} writes it: one that a spreadsheet would run as a formula (a job title
     * {@code =HYPERLINK(...)}) or turn into a number (a phone {@code +1 617...}) is led by {@code '}, which
     * marks it as text; {@link #value} takes that quote off again.
     */
    static String cell(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A cell as {@code bulk} reads it: without the {@code '} that {@link #cell} puts before a formula character. */
    static String value(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    /**
     * The rows of {@code in}, by the line each starts on; {@link BulkInput.BadInput} names the line of a
     * malformed one. Cells are separated by commas, or by semicolons when the header line holds semicolons
     * and no comma (as a spreadsheet saves CSV where the comma is the decimal mark); columns a spreadsheet
     * added without a name at the end of the header are left out, with their empty cells.
     */
    static List<BulkRow> read(BufferedReader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(reader))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true) // checkHeader leaves out trailing nameless columns, names others
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // checkHeader names a repeated column
                .setIgnoreEmptyLines(false) // skipped below, so that each row's line is counted
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = checkHeader(parser.getHeaderNames(), format.getDelimiterString());
            int columns = parser.getHeaderNames().size();
            List<BulkRow> rows = new ArrayList<>();
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) { // an empty line
                    line = parser.getCurrentLineNumber() + 1;
                    continue;
                }
                if (record.size() != columns && record.size() != header.size()) {
                    throw new BulkInput.BadInput("line " + line + " has " + record.size() + " cells but the header has "
                            + header.size() + ": quote a value that holds a " + separator(format)
                            + ", and give every row all the columns.");
                }
                for (int i = header.size(); i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        throw new BulkInput.BadInput("line " + line + " has a value in column " + (i + 1)
                                + ", which the header leaves without a name: name the column or empty the cell.");
                    }
                }
                // A spreadsheet saves rows it only formatted as empty cells (",,,"): they name no user, so skip them.
                if (!record.stream().allMatch(String::isBlank)) {
                    rows.add(row(line, header, record));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            return rows;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException bad) {
                throw new BulkInput.BadInput("the CSV cannot be read (" + bad.getMessage() + "): end each quoted value"
                        + " with a quote, and write a quote inside a quoted value as \"\".");
            }
            throw e.getCause();
        } catch (BulkInput.BadInput e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BulkInput.BadInput(
                    "the CSV cannot be read (" + e.getMessage() + "): check its quoting and header.");
        }
    }

    /** {@code ;} when the header line holds semicolons but no comma, else {@code ,}; the reader is left where it was. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LIMIT);
        StringBuilder header = new StringBuilder();
        for (int c = reader.read(); c != -1 && c != '\n' && header.length() < HEADER_LIMIT - 1; c = reader.read()) {
            header.append((char) c);
        }
        reader.reset();
        return header.indexOf(";") >= 0 && header.indexOf(",") < 0 ? ';' : ',';
    }

    private static String separator(CSVFormat format) {
        return format.getDelimiterString().equals(";") ? "semicolon" : "comma";
    }

    /** The named columns of {@code names}, without the nameless ones a spreadsheet may add at its end. */
    private static List<String> checkHeader(List<String> names, String delimiter) {
        int named = names.size();
        while (named > 0 && names.get(named - 1).isBlank()) {
            named--;
        }
        List<String> header = List.copyOf(names.subList(0, named));
        for (int i = 0; i < named && header.contains(ID); i++) {
            if (header.get(i).isBlank()) {
                throw new BulkInput.BadInput("column " + (i + 1) + " of the header has no name: name every column,"
                        + " such as " + ID + delimiter + "jobTitle.");
            }
        }
        if (!header.contains(ID)) {
            throw new BulkInput.BadInput("the header has no " + ID + " column: the first line must name the columns,"
                    + " separated by commas (or semicolons), such as " + ID
                    + ",jobTitle,mobilePhone (iam-user list --csv"
                    + " writes one).");
        }
        List<String> repeated = header.stream()
                .filter(name -> header.indexOf(name) != header.lastIndexOf(name))
                .distinct()
                .toList();
        if (!repeated.isEmpty()) {
            throw new BulkInput.BadInput(
                    "the header names " + String.join(", ", repeated) + " twice: give each column once.");
        }
        List<String> unknown = header.stream()
                .filter(name -> !name.equals(ID)
                        && !name.equals(ACCOUNT)
                        && ProfileField.fromJsonName(name).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw new BulkInput.BadInput("the header names \"" + String.join("\", \"", unknown) + "\", which "
                    + (unknown.size() == 1 ? "is" : "are") + " not a column of a bulk file: use " + ID + ", " + ACCOUNT
                    + " or a profile field (" + String.join(", ", ProfileField.names()) + "; tfaEnabled in IAM v2,"
                    + " additionalAuthentication in v3).");
        }
        return header;
    }

    private static BulkRow row(long line, List<String> header, CSVRecord record) {
        String id = value(record.get(ID).strip());
        if (id.isEmpty()) {
            throw new BulkInput.BadInput("line " + line + " has no " + ID + ": every row names its user.");
        }
        String account = header.contains(ACCOUNT) ? value(record.get(ACCOUNT).strip()) : "";
        Map<String, String> set = new LinkedHashMap<>();
        for (String name : header) {
            if (!name.equals(ID) && !name.equals(ACCOUNT)) {
                // a blank cell is "", the spec's no value; a control character list --csv showed escaped reads back
                String cell = value(SafeWriter.unescapeLine(record.get(name)));
                boolean flag = ProfileField.fromJsonName(name)
                        .map(f -> f.type() == ProfileField.Type.BOOLEAN)
                        .orElse(false);
                // a spreadsheet writes its booleans TRUE and FALSE
                set.put(
                        name,
                        flag && cell.strip().matches("(?i)true|false")
                                ? cell.strip().toLowerCase(Locale.ROOT)
                                : cell);
            }
        }
        return BulkRow.of(id, BulkInput.change(set, Set.of()))
                .inAccount(account.isEmpty() ? null : account)
                .fromLine(line);
    }
}
