package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.internal.LibraryInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jars the build packages (run by failsafe, after {@code package}): the library jar holds only
 * the library, the sandbox jar only the sandbox, target/iam-user.jar runs the command line, and each
 * has its module name and a sources and a javadoc jar of its own classes.
 */
class PackagedArtifactsIT {
    private static final Path TARGET = Path.of("target");
    private static final String VERSION = System.getProperty("iamuser.project.version");
    private static final String LIBRARY = "io/github/iamuser/";
    private static final String SANDBOX = "io/github/iamuser/sandbox/";
    private static final String CLI = "io/github/iamuser/cli/";

    @Test
    void theLibraryJarHoldsNeitherTheSandboxNorTheCommandLine() throws IOException {
        List<String> classes = entries(jar(""), ".class");
        assertTrue(classes.contains("io/github/iamuser/IamClient.class"));
        assertTrue(classes.contains("io/github/iamuser/generated/api/UsersApi.class"));
        assertEquals(
                List.of(),
                classes.stream()
                        .filter(c -> c.startsWith(SANDBOX) || c.startsWith(CLI))
                        .toList());
    }

    @Test
    void theLibraryNeedsNeitherTheCsvNorTheProgressBarLibrary() throws IOException {
        try (JarFile library = new JarFile(jar("").toFile())) {
            assertTrue(library.getEntry("io/github/iamuser/bulk/BulkUpdate.class") != null);
            List<String> using = library.stream()
                    .filter(e -> e.getName().endsWith(".class"))
                    .filter(e -> {
                        try (var in = library.getInputStream(e)) {
                            String bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                            return bytes.contains("org/apache/commons/csv") || bytes.contains("me/tongfei");
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .map(e -> e.getName())
                    .toList();
            assertEquals(List.of(), using, "library classes that refer to the command line's libraries");
        }
    }

    @Test
    void theSandboxJarHoldsOnlyTheSandbox() throws IOException {
        List<String> classes = entries(jar("-sandbox"), ".class");
        assertTrue(classes.contains("io/github/iamuser/sandbox/IamSandbox.class"));
        assertEquals(
                List.of(), classes.stream().filter(c -> !c.startsWith(SANDBOX)).toList());
    }

    @Test
    void theCommandLineJarIsExecutableAndCarriesItsDependencies() throws IOException {
        try (JarFile cli = new JarFile(jar("-cli").toFile())) {
            assertEquals(
                    "io.github.iamuser.cli.IamUserCli",
                    cli.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String needed : List.of(
                    "io/github/iamuser/cli/IamUserCli.class",
                    "io/github/iamuser/sandbox/IamSandbox.class",
                    "io/github/iamuser/IamClient.class",
                    "picocli/CommandLine.class",
                    "org/apache/commons/csv/CSVParser.class",
                    "me/tongfei/progressbar/ProgressBar.class",
                    "retrofit2/Retrofit.class",
                    "okhttp3/OkHttpClient.class")) {
                assertTrue(cli.getEntry(needed) != null, needed + " is missing from iam-user.jar");
            }
        }
    }

    @Test
    void picocliInTheCommandLineJarIsCompiledForJava17() throws IOException {
        try (JarFile cli = new JarFile(jar("-cli").toFile())) {
            List<String> older = cli.stream()
                    .filter(e ->
                            e.getName().startsWith("picocli/") && e.getName().endsWith(".class"))
                    .filter(e -> {
                        try (var in = cli.getInputStream(e)) {
                            byte[] head = in.readNBytes(8);
                            return ((head[6] & 0xff) << 8 | (head[7] & 0xff)) < 61;
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .map(e -> e.getName())
                    .toList();
            assertTrue(cli.getEntry("picocli/CommandLine.class") != null);
            assertEquals(List.of(), older, "picocli classes older than Java 17 (JDK 25 leaves them out of its caches)");
        }
    }

    @ParameterizedTest
    @CsvSource({"'', io.github.iamuser", "-sandbox, io.github.iamuser.sandbox", "-cli, io.github.iamuser.cli"})
    void everyJarHasAStableModuleNameAndTheVersion(String classifier, String moduleName) throws IOException {
        try (JarFile jar = new JarFile(jar(classifier).toFile())) {
            assertEquals(moduleName, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
            assertEquals(VERSION, jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
        }
    }

    @ParameterizedTest
    @CsvSource({"'', io/github/iamuser/IamClient", "-sandbox, " + SANDBOX + "IamSandbox", "-cli, " + CLI + "IamUserCli"
    })
    void everyJarHasSourcesAndJavadocOfItsOwnClassesOnly(String classifier, String mainType) throws IOException {
        List<String> sources = entries(jar(classifier + "-sources"), ".java");
        assertTrue(sources.contains(mainType + ".java"), sources::toString);
        List<String> pages = entries(jar(classifier + "-javadoc"), ".html");
        assertTrue(pages.contains("index.html"), pages::toString);
        assertTrue(pages.contains(mainType + ".html"), pages::toString);
        for (List<String> files : List.of(sources, pages)) {
            assertEquals(
                    List.of(),
                    files.stream()
                            .filter(f -> f.startsWith(LIBRARY) && !belongsTo(classifier, f))
                            .toList(),
                    classifier + ": files of another artifact");
        }
    }

    @Test
    void theCommandLineJarPrintsItsVersionTheLibrarysTheApiVersionsAndJava() throws Exception {
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar("-cli").toString(),
                        "--version")
                .redirectErrorStream(true)
                .start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(1, TimeUnit.MINUTES), out);
        assertEquals(0, java.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out);
        assertEquals("iam-user " + VERSION, lines.get(0));
        assertEquals("library: akamai-iam-user " + VERSION, lines.get(1));
        assertEquals("IAM API: " + String.join(", ", LibraryInfo.iamApiVersions()), lines.get(2));
        assertTrue(lines.get(3).startsWith("Java: " + System.getProperty("java.version") + " ("), out);
    }

    @Test
    void theScriptHasJavaReadArgumentsAsUtf8UnderTheCLocale() throws Exception {
        ProcessBuilder script = new ProcessBuilder(
                        "bash",
                        "-c",
                        "exec ./iam-user lookups \"$(printf 'M\\303\\274ller')\"") // UTF-8 bytes, whatever this JVM's
                // locale
                .redirectErrorStream(true);
        script.environment().putAll(java.util.Map.of("LC_ALL", "C", "LANG", "C"));
        Process run = script.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(1, TimeUnit.MINUTES), out);
        assertEquals(2, run.exitValue(), out);
        assertTrue(out.contains("iam-user: Unknown lookup kind 'Müller'"), out);
    }

    private static boolean belongsTo(String classifier, String file) {
        return switch (classifier) {
            case "-sandbox" -> file.startsWith(SANDBOX);
            case "-cli" -> file.startsWith(CLI);
            default -> !file.startsWith(SANDBOX) && !file.startsWith(CLI);
        };
    }

    /** The jar of this classifier; the command line's ({@code -cli}) is target/iam-user.jar, published under it. */
    private static Path jar(String classifier) {
        assertNotNull(VERSION, "failsafe passes iamuser.project.version");
        Path jar = classifier.equals("-cli")
                ? TARGET.resolve("iam-user.jar")
                : TARGET.resolve("akamai-iam-user-" + VERSION + classifier + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing");
        return jar;
    }

    private static List<String> entries(Path jar, String suffix) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(suffix))
                    .toList();
            assertFalse(names.isEmpty(), jar + " holds no " + suffix + " file");
            return names;
        }
    }
}
