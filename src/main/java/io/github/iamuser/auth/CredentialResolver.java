package io.github.iamuser.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the EdgeGrid credential to use: the {@code .edgerc} section when the file has it, else the
 * {@code AKAMAI_*} environment variables of that section.
 *
 * <p>The file is the one given with {@link #withFile}, else {@code AKAMAI_EDGERC}, else
 * {@code ~/.edgerc}; the section is the one given with {@link #withSection}, else
 * {@code AKAMAI_EDGERC_SECTION}, else {@code default}. A file named explicitly or by
 * {@code AKAMAI_EDGERC} must exist; {@code ~/.edgerc} may be absent. A credential comes whole from
 * one source: values from the file and the environment are never mixed. A credential built with
 * {@link EdgeGridCredential#builder()} needs no resolver and takes precedence over both.
 */
public final class CredentialResolver {
  /** The environment variable naming the {@code .edgerc} file. */
  public static final String FILE_VARIABLE = "AKAMAI_EDGERC";
  /** The environment variable naming the section. */
  public static final String SECTION_VARIABLE = "AKAMAI_EDGERC_SECTION";
  /** The section used when none is chosen. */
  public static final String DEFAULT_SECTION = "default";

  private final Map<String, String> environment;
  private final Path home;
  private final Path file;
  private final String section;

  private CredentialResolver(Map<String, String> environment, Path home, Path file, String section) {
    this.environment = Map.copyOf(environment);
    this.home = home;
    this.file = file;
    this.section = section;
  }

  /** A resolver reading this process's environment and the user's home directory. */
  public static CredentialResolver fromSystem() {
    return of(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** A resolver reading {@code environment} and {@code homeDirectory} (where {@code .edgerc} lives) instead of the real ones. */
  public static CredentialResolver of(Map<String, String> environment, Path homeDirectory) {
    return new CredentialResolver(environment, homeDirectory, null, null);
  }

  /** A copy that reads {@code file} (a leading {@code ~/} is the home directory); null to choose as usual. */
  public CredentialResolver withFile(Path file) {
    return new CredentialResolver(environment, home, file, section);
  }

  /** A copy that reads {@code section}; null or blank to choose as usual. */
  public CredentialResolver withSection(String section) {
    return new CredentialResolver(environment, home, file, section);
  }

  /** The credential, or a {@link CredentialException} saying what was tried and what to do. */
  public EdgeGridCredential resolve() {
    Choice<Path> edgerc = chooseFile();
    Choice<String> chosenSection = chooseSection();
    String name = chosenSection.value();
    String fileFinding;
    if (Files.exists(edgerc.value())) {
      EdgercFile parsed = EdgercFile.parse(edgerc.value());
      if (parsed.hasSection(name)) {
        return parsed.credential(name);
      }
      fileFinding = "it has no section [" + name + "], only " + parsed.sectionList();
    } else if (edgerc.explicit()) {
      throw new CredentialException("The .edgerc file " + edgerc.value() + " (" + edgerc.origin()
          + ") does not exist. Create it, or name a file that exists.");
    } else {
      fileFinding = "the file does not exist";
    }
    return EnvironmentCredentials.find(environment, name)
        .orElseThrow(() -> nothingFound(edgerc, chosenSection, fileFinding));
  }

  private Choice<Path> chooseFile() {
    if (file != null) {
      return new Choice<>(expandHome(file.toString()), "given explicitly", true);
    }
    String fromEnvironment = environment.get(FILE_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Choice<>(expandHome(fromEnvironment.strip()), "from " + FILE_VARIABLE, true);
    }
    return new Choice<>(home.resolve(".edgerc"), "the default", false);
  }

  private Choice<String> chooseSection() {
    if (section != null && !section.isBlank()) {
      return new Choice<>(section.strip(), "given explicitly", true);
    }
    String fromEnvironment = environment.get(SECTION_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Choice<>(fromEnvironment.strip(), "from " + SECTION_VARIABLE, true);
    }
    return new Choice<>(DEFAULT_SECTION, "the default", false);
  }

  private Path expandHome(String path) {
    if (path.equals("~")) {
      return home;
    }
    return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
  }

  private CredentialException nothingFound(
      Choice<Path> edgerc, Choice<String> chosenSection, String fileFinding) {
    String name = chosenSection.value();
    String variables = CredentialSettings.REQUIRED.stream()
        .map(key -> EnvironmentCredentials.variable(name, key))
        .collect(Collectors.joining(", "));
    return new CredentialException("No EdgeGrid credentials found for section [" + name + "] ("
        + chosenSection.origin() + "). Looked in " + edgerc.value() + " (" + edgerc.origin() + "): "
        + fileFinding + "; and in the environment: none of " + variables + " is set. Create "
        + edgerc.value() + " with a [" + name + "] section holding host, client_token,"
        + " client_secret and access_token (from Akamai Control Center > Identity and Access"
        + " Management > API clients), or set " + variables + "; " + FILE_VARIABLE + " and "
        + SECTION_VARIABLE + " choose another file and section.");
  }

  /** A chosen value, where it came from, and whether the user chose it (rather than a default). */
  private record Choice<T>(T value, String origin, boolean explicit) {
  }
}
