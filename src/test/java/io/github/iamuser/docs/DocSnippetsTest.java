package io.github.iamuser.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.sandbox.IamSandbox;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Every {@code ```java} block of README.md, CONTRIBUTING.md and docs/*.md, taken verbatim, compiles alone
 * against the test class path (no wrapper adds imports or {@code throws}), and every block with a
 * {@code main} runs as a java process of its own against a started sandbox, given the credential the way
 * the block reads it: the {@code AKAMAI_*} variables of section default, and the {@code .edgerc} file and
 * section it names with {@code withFile(Path.of("~/..."))} and {@code withSection("...")} in a home of its
 * own ({@code user.home}). Every block with JUnit {@code @Test}s runs them (they start their own sandbox),
 * and all must pass.
 */
class DocSnippetsTest {
    private static final String CLASS_PATH = System.getProperty("java.class.path");
    private static final Pattern FILE = Pattern.compile("withFile\\(Path\\.of\\(\"~/([^\"]+)\"\\)\\)");
    private static final Pattern SECTION = Pattern.compile("withSection\\(\"([^\"]+)\"\\)");

    private static IamSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = IamSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** The pages whose Java blocks are checked. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Every block of every page, in page order. */
    static List<DocSnippet> snippets() throws IOException {
        List<DocSnippet> snippets = new ArrayList<>();
        for (Path page : pages()) {
            snippets.addAll(DocSnippet.extract(page));
        }
        return snippets;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompilesAndEveryMainRuns(@TempDir Path work) throws IOException {
        return snippets().stream()
                .map(snippet -> DynamicTest.dynamicTest(snippet.where(), () -> {
                    Path dir =
                            Files.createDirectories(work.resolve(snippet.where().replaceAll("[^A-Za-z0-9]", "_")));
                    Path classes = Files.createDirectories(dir.resolve("classes"));
                    snippet.compile(CLASS_PATH, classes);
                    if (snippet.runnable()) {
                        run(snippet, classes, dir);
                    }
                    if (snippet.isJUnitTest()) {
                        runTests(snippet, classes);
                    }
                }));
    }

    @Test
    void theReadmeShowsARunnableQuickStart() throws IOException {
        assertTrue(
                DocSnippet.extract(Path.of("README.md")).stream().anyMatch(DocSnippet::runnable),
                "README.md shows no runnable ```java block (a class with a main): its quick start must be one");
    }

    @Test
    void aBlockThatDoesNotCompileIsNamedByItsFileAndLine(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.md");
        Files.writeString(
                page,
                "# A page\n\n```java\nclass NoImport {\n    IamClient iam;\n}\n```\n\n"
                        + "  ```java\n  class Fine {}\n  ```\n",
                StandardCharsets.UTF_8);
        List<DocSnippet> snippets = DocSnippet.extract(page);
        assertEquals(List.of(3, 9), snippets.stream().map(DocSnippet::line).toList());
        assertEquals("class Fine {}\n", snippets.get(1).code(), "the fence's indentation is taken off");

        Path classes = Files.createDirectories(dir.resolve("classes"));
        AssertionError refused =
                assertThrows(AssertionError.class, () -> snippets.get(0).compile(CLASS_PATH, classes));
        String where = DocSnippet.where(page, 3);
        assertTrue(refused.getMessage().contains("block at " + where + " does not compile"), refused.getMessage());
        assertTrue(
                refused.getMessage().contains(DocSnippet.where(page, 5) + ": cannot find symbol"),
                refused.getMessage());
        snippets.get(1).compile(CLASS_PATH, classes);
        assertFalse(snippets.get(1).runnable());
    }

    @Test
    void aBlockWhoseMainFailsFailsTheCheck(@TempDir Path dir) throws IOException {
        DocSnippet failing = new DocSnippet(
                Path.of("page.md"),
                1,
                "package com.example;\n\npublic class Fails {\n"
                        + "    public static void main(String[] args) {\n        System.exit(3);\n    }\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        failing.compile(CLASS_PATH, classes);
        AssertionError refused = assertThrows(AssertionError.class, () -> run(failing, classes, dir));
        assertTrue(refused.getMessage().contains("page.md:1 (com.example.Fails) ended with exit code 3"));
    }

    @Test
    void aBlockWhoseTestFailsFailsTheCheck(@TempDir Path dir) throws Exception {
        DocSnippet failing = new DocSnippet(
                Path.of("page.md"),
                1,
                "package com.example;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
                        + "import org.junit.jupiter.api.Test;\n\nclass WrongTest {\n"
                        + "    @Test\n    void wrong() {\n        assertEquals(1, 2);\n    }\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        failing.compile(CLASS_PATH, classes);
        assertTrue(failing.isJUnitTest());
        AssertionError refused = assertThrows(AssertionError.class, () -> runTests(failing, classes));
        assertTrue(
                refused.getMessage()
                        .contains("page.md:1 (com.example.WrongTest): of its 1 tests, these failed: [wrong()"),
                refused.getMessage());
    }

    /** Runs the block's JUnit tests (it starts its own sandbox) and fails unless every one passes. */
    private static void runTests(DocSnippet snippet, Path classes) throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocSnippetsTest.class.getClassLoader())) {
            Class<?> tests = Class.forName(snippet.mainClass(), true, loader);
            Events events = EngineTestKit.engine("junit-jupiter")
                    .selectors(DiscoverySelectors.selectClass(tests))
                    .execute()
                    .testEvents();
            List<String> failures = events.failed().stream()
                    .map(e -> e.getTestDescriptor().getDisplayName() + ": "
                            + e.getPayload(TestExecutionResult.class)
                                    .flatMap(TestExecutionResult::getThrowable)
                                    .map(Throwable::toString)
                                    .orElse("failed"))
                    .toList();
            if (events.started().count() == 0 || !failures.isEmpty()) {
                throw new AssertionError(snippet.where() + " (" + snippet.mainClass() + "): of its "
                        + events.started().count() + " tests, these failed: " + failures);
            }
        }
    }

    /** Runs the block's main class in a JVM of its own in {@code dir}, and fails unless it ends with exit code 0. */
    private static void run(DocSnippet snippet, Path classes, Path dir) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        writeEdgerc(snippet, home);
        Path out = dir.resolve("out.txt");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home,
                "-cp",
                classes + java.io.File.pathSeparator + CLASS_PATH,
                snippet.mainClass());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AKAMAI_"));
        EdgeGridCredential credential = sandbox.credential();
        env.put("AKAMAI_HOST", credential.host());
        env.put("AKAMAI_CLIENT_TOKEN", credential.clientToken());
        env.put("AKAMAI_CLIENT_SECRET", credential.clientSecret());
        env.put("AKAMAI_ACCESS_TOKEN", credential.accessToken());
        sandbox.reset();
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(snippet.where() + " did not end within two minutes:\n" + Files.readString(out));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(snippet.where() + " (" + snippet.mainClass() + ") ended with exit code "
                    + process.exitValue() + " against the sandbox:\n" + Files.readString(out));
        }
    }

    /** The {@code .edgerc} file and section the block names, holding the sandbox's credential. */
    private static void writeEdgerc(DocSnippet snippet, Path home) throws IOException {
        Matcher file = FILE.matcher(snippet.code());
        Matcher section = SECTION.matcher(snippet.code());
        boolean namesFile = file.find();
        boolean namesSection = section.find();
        if (namesFile || namesSection) {
            Path edgerc = home.resolve(namesFile ? file.group(1) : ".edgerc");
            Files.createDirectories(edgerc.getParent());
            Files.writeString(edgerc, sandbox.edgercSection(namesSection ? section.group(1) : "default"));
        }
    }
}
