package io.github.iamuser.auth;

import io.github.iamuser.internal.EdgercFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Finds the EdgeGrid credential to use: the {@code .edgerc} section when the file has it, else the
 * {@code AKAMAI_*} environment variables of that section.
 *
 * <p>The file is the one given with {@link #withFile}, else {@code AKAMAI_EDGERC}, else
 * {@code ~/.edgerc}; the section is the one given with {@link #withSection}, else
 * {@code AKAMAI_EDGERC_SECTION}, else {@code default}. A file named explicitly or by
 * {@code AKAMAI_EDGERC} must exist; {@code ~/.edgerc} may be absent. The variables of section
 * {@code default} are {@code AKAMAI_HOST}, {@code AKAMAI_CLIENT_TOKEN} and so on, those of another
 * section {@code AKAMAI_<SECTION>_HOST} and so on. A credential comes whole from one source: values
 * from the file and the environment are never mixed. A credential built with
 * {@link EdgeGridCredential#builder()} needs no resolver and takes precedence over both.
 */
public final class CredentialResolver {
    private static final String FILE_VARIABLE = "AKAMAI_EDGERC";
    private static final String SECTION_VARIABLE = "AKAMAI_EDGERC_SECTION";
    private static final List<String> REQUIRED = EdgercFile.KEYS.subList(0, 4);

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

    /** A resolver reading {@code environment} and {@code homeDirectory} (where {@code .edgerc} lives). */
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
        Choice edgerc = choose(file == null ? null : file.toString(), FILE_VARIABLE, "~/.edgerc");
        Choice chosen = choose(section, SECTION_VARIABLE, "default");
        Path path = expandHome(edgerc.value());
        String name = chosen.value();
        String fileFinding;
        if (Files.exists(path)) {
            Map<String, Map<String, String>> sections = EdgercFile.read(path);
            if (sections.containsKey(name)) {
                return toCredential(sections.get(name), path + ", section [" + name + "]", key -> key);
            }
            fileFinding = "it has no section [" + name + "], only "
                    + (sections.isEmpty() ? "(none)" : "[" + String.join("], [", sections.keySet()) + "]");
        } else if (edgerc.explicit()) {
            throw new CredentialException("The .edgerc file " + path + " (" + edgerc.origin()
                    + ") does not exist. Create it, or name a file that exists.");
        } else {
            fileFinding = "the file does not exist";
        }
        return fromEnvironment(environment, name).orElseThrow(() -> {
            String variables = REQUIRED.stream().map(key -> variable(name, key)).collect(Collectors.joining(", "));
            return new CredentialException("No EdgeGrid credentials found for section [" + name + "] ("
                    + chosen.origin() + "). Looked in " + path + " (" + edgerc.origin() + "): " + fileFinding
                    + "; and in the environment: none of " + variables + " is set. Create " + path + " with a ["
                    + name + "] section holding host, client_token, client_secret and access_token (from Akamai"
                    + " Control Center > Identity and Access Management > API clients), or set " + variables
                    + "; " + FILE_VARIABLE + " and " + SECTION_VARIABLE + " choose another file and section.");
        });
    }

    /** The {@code section} credential in {@code environment}; empty when no host or token variable is set. */
    static Optional<EdgeGridCredential> fromEnvironment(Map<String, String> environment, String section) {
        Map<String, String> values = new HashMap<>();
        for (String key : EdgercFile.KEYS) {
            String value = environment.get(variable(section, key));
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        }
        if (REQUIRED.stream().noneMatch(values::containsKey)) {
            return Optional.empty();
        }
        return Optional.of(toCredential(
                values, "The environment variables for section [" + section + "]", key -> variable(section, key)));
    }

    /**
     * The variable holding {@code key} for {@code section}: {@code AKAMAI_CLIENT_SECRET} for
     * {@code default}, else {@code AKAMAI_<SECTION>_CLIENT_SECRET}, the section upper-cased and every
     * character but a letter or digit turned into {@code _}.
     */
    static String variable(String section, String key) {
        String prefix = "default".equals(section)
                ? "AKAMAI_"
                : "AKAMAI_" + section.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
        return prefix + key.toUpperCase(Locale.ROOT);
    }

    /**
     * Checks {@code values} (by {@code .edgerc} key; a key not given is absent) and builds the credential;
     * errors name {@code source} and the key as the source spells it ({@code spelling}).
     */
    static EdgeGridCredential toCredential(Map<String, String> values, String source, UnaryOperator<String> spelling) {
        List<String> missing = REQUIRED.stream()
                .filter(key -> values.getOrDefault(key, "").isBlank())
                .map(spelling)
                .toList();
        if (!missing.isEmpty()) {
            throw new CredentialException(source + ": " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing or empty. Copy host, client_token,"
                    + " client_secret and access_token from " + EdgeGridCredential.CONTROL_CENTER + ".");
        }
        EdgeGridCredential.Builder builder = EdgeGridCredential.builder()
                .host(values.get("host"))
                .clientToken(values.get("client_token"))
                .clientSecret(values.get("client_secret"))
                .accessToken(values.get("access_token"));
        if (values.containsKey("max_body")) {
            builder.maxBody(maxBody(values.get("max_body").trim(), source + ", " + spelling.apply("max_body")));
        }
        String accountKey = values.get("account_key");
        if (accountKey != null && !accountKey.isBlank()) {
            try {
                builder.accountSwitchKey(EdgeGridCredential.requireAccountSwitchKey(accountKey.trim()));
            } catch (IllegalArgumentException e) {
                throw new CredentialException(source + ", " + spelling.apply("account_key") + ": " + e.getMessage());
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            // Every other value is checked above: what the builder still rejects is the host's form.
            throw new CredentialException(source + ", " + spelling.apply("host") + ": " + e.getMessage());
        }
    }

    private static int maxBody(String value, String where) {
        try {
            int bytes = Integer.parseInt(value);
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CredentialException(where + " must be a positive whole number of bytes, such as "
                + EdgeGridCredential.DEFAULT_MAX_BODY + " (got '" + value + "'); leave it out to use "
                + EdgeGridCredential.DEFAULT_MAX_BODY + ".");
    }

    /** The value given explicitly, else that of environment variable {@code variable}, else {@code fallback}. */
    private Choice choose(String given, String variable, String fallback) {
        if (given != null && !given.isBlank()) {
            return new Choice(given.strip(), "given explicitly", true);
        }
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Choice(fromEnvironment.strip(), "from " + variable, true);
        }
        return new Choice(fallback, "the default", false);
    }

    private Path expandHome(String path) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }

    /** A chosen value, where it came from, and whether the user chose it (rather than a default). */
    private record Choice(String value, String origin, boolean explicit) {}
}
