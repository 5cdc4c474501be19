package io.github.iamuser.sandbox;

import java.util.Arrays;
import java.util.List;

/** Reads the sandbox's data tables: one row a line, cells separated by {@code |}, blanks around them ignored. */
final class TextTable {
    private TextTable() {}

    /** The rows of the table, each a list of its trimmed cells (an empty cell is {@code ""}). */
    static List<List<String>> rows(String table) {
        return table.lines()
                .map(row ->
                        Arrays.stream(row.split("\\|", -1)).map(String::trim).toList())
                .toList();
    }
}
