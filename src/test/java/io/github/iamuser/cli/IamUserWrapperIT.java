package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./iam-user} wrapper (run by failsafe, after {@code package}) on a copy of itself and of
 * target/iam-user.jar: it runs on $JAVA_HOME, its first run makes a start-up cache named for that JDK,
 * and a cache that is damaged or was made from another jar never shows in a command's output.
 */
class IamUserWrapperIT {
    @TempDir
    static Path copy;

    private static IamSandbox sandbox;
    private static Path jar;
    private static String expectedGet;

    @BeforeAll
    static void copyTheWrapperAndTheJar() throws Exception {
        Files.copy(Path.of("iam-user"), copy.resolve("iam-user"));
        assertTrue(copy.resolve("iam-user").toFile().setExecutable(true));
        jar = Files.copy(
                Path.of("target", "iam-user.jar"),
                Files.createDirectories(copy.resolve("target")).resolve("iam-user.jar"));
        // the wrapper builds the jar again when a source is newer than it
        for (Path source : List.of(
                Files.createDirectories(copy.resolve("src/main")),
                Files.createDirectories(copy.resolve("openapi")),
                Files.writeString(copy.resolve("pom.xml"), ""))) {
            Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        sandbox = IamSandbox.start();
        Files.writeString(copy.resolve("edgerc"), sandbox.edgercSection("sandbox"));

        Run first = run("get", SandboxUsers.US_USER, "--edgerc", "edgerc", "--section", "sandbox");
        assertEquals(0, first.code, first::toString);
        assertEquals("", first.err, first::toString);
        assertTrue(first.out.startsWith("User " + SandboxUsers.US_USER + " "), first::toString);
        expectedGet = first.out;
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theFirstRunMadeOneCacheNamedForTheJdkThatRunsIt() throws Exception {
        List<Path> caches = caches();
        assertEquals(1, caches.size(), caches::toString);
        String name = caches.get(0).getFileName().toString();
        String version = System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+-]", "_");
        assertTrue(name.startsWith("iam-user-" + version + "-"), name + " for " + version);
        assertTrue(name.endsWith(Runtime.version().feature() >= 25 ? ".aot" : ".jsa"), name);
        assertTrue(Files.getLastModifiedTime(caches.get(0)).compareTo(Files.getLastModifiedTime(jar)) > 0);
        try (Stream<Path> left = Files.list(copy.resolve("target"))) {
            assertEquals(
                    java.util.Set.of("iam-user.jar", name),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "the recording and the unfinished cache are removed");
        }

        Run shown = run("--version");
        assertEquals(0, shown.code, shown::toString);
        assertEquals("", shown.err, shown::toString);
        assertTrue(shown.out.contains("Java: " + System.getProperty("java.version")), shown::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "truncated", "random bytes", "made from another jar"})
    void aCacheTheJvmCannotUseChangesNothingInTheOutput(String damage) throws Exception {
        Path cache = caches().get(0);
        byte[] good = Files.readAllBytes(cache);
        FileTime jarTime = Files.getLastModifiedTime(jar);
        try {
            switch (damage) {
                case "empty" -> Files.write(cache, new byte[0]);
                case "truncated" -> Files.write(cache, Arrays.copyOf(good, good.length / 2));
                case "random bytes" -> {
                    byte[] noise = new byte[4096];
                    new Random(25).nextBytes(noise);
                    Files.write(cache, noise);
                }
                default -> // the jar the cache was made from had another time stamp: the JVM refuses the cache
                    Files.setLastModifiedTime(
                            jar, FileTime.from(jarTime.toInstant().minusSeconds(60)));
            }
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now())); // still newer than the jar: used

            Run get = run("get", SandboxUsers.US_USER, "--edgerc", "edgerc", "--section", "sandbox");
            assertEquals(0, get.code, get::toString);
            assertEquals("", get.err, get::toString);
            assertEquals(expectedGet, get.out);
        } finally {
            Files.write(cache, good);
            Files.setLastModifiedTime(jar, jarTime);
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
        }
    }

    private static List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("iam-user-.*\\.(aot|jsa)"))
                    .toList();
        }
    }

    /** Runs {@code ./iam-user args} in the copy, on this test's JDK as JAVA_HOME, with a home of its own. */
    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(copy.resolve("iam-user").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment()
                .put("HOME", Files.createDirectories(copy.resolve("home")).toString());
        builder.redirectOutput(copy.resolve("out.txt").toFile())
                .redirectError(copy.resolve("err.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "./iam-user did not end within 180 s");
        return new Run(
                process.exitValue(),
                Files.readString(copy.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(copy.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
