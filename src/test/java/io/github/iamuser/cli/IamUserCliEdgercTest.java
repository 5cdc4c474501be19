package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iam-user sandbox --write-edgerc FILE}: only its own section changes, and a file it cannot read is left alone. */
class IamUserCliEdgercTest {
    private static final String DEFAULT = "; my credentials\n[default]\nclient_secret = \"c2VjcmV0PQ==\"\n"
            + "host:akab-default.luna.akamaiapis.net\naccess_token=akab-at\n  client_token   =   akab-ct  \n"
            + "max-body = 65536\n\n";
    private static final String OLD_SANDBOX = "[sandbox]\nhost = 127.0.0.1:1\nclient_token = old\n"
            + "# an old comment\nclient_secret = old\naccess_token = old\n";
    private static final String PROD = "# production: keep\n\n[prod]\nhost = akab-prod.luna.akamaiapis.net\n"
            + "client_token = p\nclient_secret = p\naccess_token = p";

    /** Runs the sandbox command until {@code file} differs from {@code before}; returns the new text. */
    private static String serveUntilWritten(Path file, String before) throws Exception {
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread server = new Thread(() -> result.set(CliRun.of(Map.of(), "sandbox", "--write-edgerc", file.toString())));
        server.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); // a loaded machine starts slowly
            while (server.isAlive() && System.nanoTime() < deadline) {
                String now = Files.exists(file) ? Files.readString(file) : before;
                if (!now.equals(before)) {
                    CliRun get = CliRun.of(
                            Map.of(), "get", SandboxUsers.US_USER, "--edgerc", file.toString(), "--section", "sandbox");
                    assertEquals(0, get.exitCode(), get::toString);
                    return now;
                }
                Thread.sleep(25);
            }
            throw new AssertionError("the section was not written: " + result.get());
        } finally {
            server.interrupt();
            server.join(5000);
        }
    }

    @Test
    void replacesItsOwnSectionAndKeepsEveryOtherByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edgerc");
        Files.writeString(file, DEFAULT + OLD_SANDBOX + PROD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        String after = serveUntilWritten(file, DEFAULT + OLD_SANDBOX + PROD);
        assertTrue(after.startsWith(DEFAULT + "[sandbox]\n"), after);
        assertTrue(after.endsWith("\n" + PROD), after);
        assertEquals(1, after.split("\\[sandbox]", -1).length - 1, after);
        assertTrue(!after.contains("old"), after);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void addsItsSectionToAFileWithoutIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edgerc");
        Files.writeString(file, DEFAULT + PROD);
        String after = serveUntilWritten(file, DEFAULT + PROD);
        assertTrue(after.startsWith(DEFAULT + PROD + "\n\n[sandbox]\n"), after);
    }

    @Test
    void writesANewFileReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.edgerc");
        String after = serveUntilWritten(file, "");
        assertTrue(after.startsWith("[sandbox]\n"), after);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void refusesAFileItCannotParseAndLeavesItUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edgerc");
        String text = DEFAULT + "this line is not a setting\n" + OLD_SANDBOX;
        Files.writeString(file, text);
        CliRun run = CliRun.of(Map.of(), "sandbox", "--write-edgerc", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(file + ", line 9: expected 'key = value'"), run::toString);
        assertEquals(text, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
