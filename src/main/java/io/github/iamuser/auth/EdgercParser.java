package io.github.iamuser.auth;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the INI text of an {@code .edgerc} file into sections of credential settings, rejecting any
 * line it cannot read with the line number and never with the line's text (it may hold a secret).
 *
 * <p>Accepted: {@code [section]} headers; {@code key = value} or {@code key: value} lines with any
 * whitespace around the separator; values in matching single or double quotes; comment lines
 * starting with {@code #} or {@code ;}; blank lines. Keys are case-insensitive and {@code -} counts
 * as {@code _} ({@code max-body} is {@code max_body}); keys other than the credential settings are
 * ignored.
 */
final class EdgercParser {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

  private final String file;
  private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
  private final Map<String, Integer> sectionLines = new HashMap<>();
  private final Map<String, Integer> keyLines = new HashMap<>();
  private String section;

  private EdgercParser(String file) {
    this.file = file;
  }

  /** The settings of each section, in file order; {@code file} names the file in messages. */
  static Map<String, Map<String, String>> parse(String file, List<String> lines) {
    EdgercParser parser = new EdgercParser(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      parser.line(i + 1, (i == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip());
    }
    return parser.sections;
  }

  private void line(int number, String line) {
    if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
      return;
    }
    if (line.startsWith("[")) {
      sectionHeader(number, line);
    } else {
      setting(number, line);
    }
  }

  private void sectionHeader(int number, String line) {
    String name = line.endsWith("]") ? line.substring(1, line.length() - 1).strip() : "";
    if (name.isEmpty()) {
      throw malformed(number, "a section header must be a name in brackets, alone on its line,"
          + " such as [default]");
    }
    Integer earlier = sectionLines.putIfAbsent(name, number);
    if (earlier != null) {
      throw malformed(number, "section [" + name + "] already began on line " + earlier
          + "; give each section once, with a name of its own");
    }
    section = name;
    sections.put(name, new LinkedHashMap<>());
    keyLines.clear();
  }

  private void setting(int number, String line) {
    int separator = firstSeparator(line);
    String key = separator < 0 ? "" : line.substring(0, separator).strip();
    if (!KEY.matcher(key).matches()) {
      throw malformed(number, "expected 'key = value' with a one-word key, a [section] header, or a"
          + " comment starting with # or ;");
    }
    key = key.toLowerCase(Locale.ROOT).replace('-', '_');
    boolean known = CredentialSettings.ALL.contains(key);
    if (section == null) {
      throw malformed(number, "a setting comes before the first [section] header; put it under one,"
          + " such as [default]");
    }
    String value = unquote(number, known ? key : "the setting", line.substring(separator + 1).strip());
    if (!known) {
      return;
    }
    Integer earlier = keyLines.putIfAbsent(key, number);
    if (earlier != null) {
      throw malformed(number, key + " is already set in section [" + section + "] on line " + earlier
          + (key.equals(CredentialSettings.MAX_BODY) ? " (max_body and max-body are one key)" : "")
          + "; keep one");
    }
    sections.get(section).put(key, value);
  }

  private static int firstSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }

  private String unquote(int number, String key, String value) {
    if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
      return value;
    }
    char quote = value.charAt(0);
    if (value.length() < 2 || value.charAt(value.length() - 1) != quote) {
      throw malformed(number, "the value of " + key + " opens a " + quote + " quote it does not"
          + " close; end the value with " + quote + " or remove the opening one");
    }
    return value.substring(1, value.length() - 1);
  }

  private CredentialException malformed(int number, String problem) {
    return new CredentialException(file + ", line " + number + ": " + problem + ".");
  }
}
