package io.github.iamuser.internal;

import io.github.iamuser.auth.CredentialException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the INI text of an Akamai {@code .edgerc} file into its sections' credential settings,
 * rejecting any line it cannot read with the line number and never with the line's text (it may hold
 * a secret).
 *
 * <p>Accepted: {@code [section]} headers; {@code key = value} or {@code key: value} lines with any
 * whitespace around the separator; values in matching single or double quotes; comment lines
 * starting with {@code #} or {@code ;}; blank lines. Keys are case-insensitive and {@code -} counts
 * as {@code _} ({@code max-body} is {@code max_body}); keys other than {@link #KEYS}
 * are ignored.
 */
public final class EdgercFile {
    /** Every setting a source may give, named by its {@code .edgerc} key; the first four are required. */
    public static final List<String> KEYS =
            List.of("host", "client_token", "client_secret", "access_token", "max_body", "account_key");

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> sectionLines = new HashMap<>();
    private final Map<String, Integer> keyLines = new HashMap<>();
    private String section;

    private EdgercFile() {}

    /** The settings of each section of {@code file}, in file order; a fault is a {@link CredentialException}. */
    public static Map<String, Map<String, String>> read(Path file) {
        EdgercFile edgerc = new EdgercFile();
        List<String> lines = text(file).lines().toList();
        for (int number = 1; number <= lines.size(); number++) {
            try {
                edgerc.add(lines.get(number - 1).strip(), number);
            } catch (IllegalArgumentException problem) {
                throw new CredentialException(file + ", line " + number + ": " + problem.getMessage() + ".");
            }
        }
        return edgerc.sections;
    }

    /** Takes in line {@code number}; an IllegalArgumentException says what is wrong with it. */
    private void add(String line, int number) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
            return;
        }
        if (line.startsWith("[")) {
            section = line.endsWith("]") ? line.substring(1, line.length() - 1).strip() : "";
            if (section.isEmpty()) {
                throw new IllegalArgumentException(
                        "a section header must be a name in brackets, alone on its line, such as [default]");
            }
            Integer earlier = sectionLines.putIfAbsent(section, number);
            if (earlier != null) {
                throw new IllegalArgumentException("section [" + section + "] already began on line " + earlier
                        + "; give each section once, with a name of its own");
            }
            sections.put(section, new LinkedHashMap<>());
            keyLines.clear();
            return;
        }
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        int separator = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
        String key = separator < 0 ? "" : line.substring(0, separator).strip();
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("expected 'key = value' with a one-word key, a [section] header,"
                    + " or a comment starting with # or ;");
        }
        if (section == null) {
            throw new IllegalArgumentException(
                    "a setting comes before the first [section] header; put it under one, such as [default]");
        }
        key = key.toLowerCase(Locale.ROOT).replace('-', '_');
        boolean known = KEYS.contains(key);
        String value = unquote(
                known ? key : "the setting", line.substring(separator + 1).strip());
        Integer earlier = known ? keyLines.putIfAbsent(key, number) : null;
        if (earlier != null) {
            throw new IllegalArgumentException(key + " is already set in section [" + section + "] on line " + earlier
                    + (key.equals("max_body") ? " (max_body and max-body are one key)" : "") + "; keep one");
        }
        if (known) {
            sections.get(section).put(key, value);
        }
    }

    private static String text(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CredentialException(file + " is not UTF-8 text. Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new CredentialException(
                    file + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "): check that it is a file this user may read (chmod 600 keeps it private).",
                    e);
        }
    }

    private static String unquote(String key, String value) {
        char quote = value.isEmpty() ? ' ' : value.charAt(0);
        if (quote != '"' && quote != '\'') {
            return value;
        }
        if (value.length() < 2 || value.charAt(value.length() - 1) != quote) {
            throw new IllegalArgumentException("the value of " + key + " opens a " + quote + " quote it does not"
                    + " close; end the value with " + quote + " or remove the opening one");
        }
        return value.substring(1, value.length() - 1);
    }
}
