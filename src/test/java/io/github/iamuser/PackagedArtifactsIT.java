package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jars the build packages (run by failsafe, after {@code package}): the library jar holds only
 * the library, the sandbox jar only the sandbox, and target/iam-user.jar runs the command line.
 */
class PackagedArtifactsIT {
    private static final Path TARGET = Path.of("target");

    @Test
    void theLibraryJarHoldsNeitherTheSandboxNorTheCommandLine() throws IOException {
        List<String> classes = classes(jar(""));
        assertTrue(classes.contains("io/github/iamuser/IamClient.class"));
        assertTrue(classes.contains("io/github/iamuser/generated/api/UsersApi.class"));
        assertEquals(
                List.of(),
                classes.stream()
                        .filter(c ->
                                c.startsWith("io/github/iamuser/sandbox/") || c.startsWith("io/github/iamuser/cli/"))
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
        List<String> classes = classes(jar("-sandbox"));
        assertTrue(classes.contains("io/github/iamuser/sandbox/IamSandbox.class"));
        assertEquals(
                List.of(),
                classes.stream()
                        .filter(c -> !c.startsWith("io/github/iamuser/sandbox/"))
                        .toList());
    }

    @Test
    void theCommandLineJarIsExecutableAndCarriesItsDependencies() throws IOException {
        try (JarFile cli = new JarFile(TARGET.resolve("iam-user.jar").toFile())) {
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

    private static Path jar(String classifier) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName()
                            .toString()
                            .matches("akamai-iam-user-[^-]+(-SNAPSHOT)?" + classifier + "\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no jar" + classifier + " in target/"));
        }
    }

    private static List<String> classes(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> classes = file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".class"))
                    .toList();
            assertFalse(classes.isEmpty(), jar + " holds no class");
            return classes;
        }
    }
}
