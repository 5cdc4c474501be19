package io.github.iamuser.auth;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An Akamai {@code .edgerc} file: sections of EdgeGrid credentials ({@code host},
 * {@code client_token}, {@code client_secret}, {@code access_token}, optional {@code max_body} or
 * {@code max-body}, optional {@code account_key}), every line checked when the file is read.
 */
public final class EdgercFile {
  private final Path file;
  private final Map<String, Map<String, String>> sections;

  private EdgercFile(Path file, Map<String, Map<String, String>> sections) {
    this.file = file;
    this.sections = sections;
  }

  /** The credential in {@code section} of {@code file}; a {@link CredentialException} says what is wrong. */
  public static EdgeGridCredential read(Path file, String section) {
    return parse(file).credential(section);
  }

  /** Reads and checks every line of {@code file}; a missing, unreadable or malformed file is a {@link CredentialException}. */
  public static EdgercFile parse(Path file) {
    return new EdgercFile(file, EdgercParser.parse(file.toString(), lines(file)));
  }

  /** The file this was read from. */
  public Path path() {
    return file;
  }

  /** The section names, in file order. */
  public List<String> sections() {
    return List.copyOf(sections.keySet());
  }

  /** True when the file has a section named {@code section} (names are case-sensitive). */
  public boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** The checked credential in {@code section}; a missing section, key or bad value is a {@link CredentialException}. */
  public EdgeGridCredential credential(String section) {
    Map<String, String> values = sections.get(section);
    if (values == null) {
      throw new CredentialException(file + " has no section [" + section + "]; its sections are: "
          + sectionList() + ". Add a [" + section + "] section, or choose one that exists.");
    }
    return CredentialSettings.toCredential(values, file + ", section [" + section + "]", key -> key);
  }

  /** The section names as text, such as {@code [default], [ccu]}. */
  String sectionList() {
    return sections.isEmpty() ? "(none)" : "[" + String.join("], [", sections.keySet()) + "]";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CredentialException("There is no .edgerc file at " + file + ". Create it with a"
          + " [default] section holding host, client_token, client_secret and access_token, or"
          + " name the file you have.", e);
    } catch (CharacterCodingException e) {
      throw new CredentialException(file + " is not UTF-8 text. Save it as UTF-8.", e);
    } catch (IOException e) {
      throw new CredentialException(file + " cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "): check that it is a file this user may read (chmod 600 keeps it private).", e);
    }
  }
}
