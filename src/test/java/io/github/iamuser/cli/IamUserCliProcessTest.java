package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.internal.UserLock;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as separate processes against the sandbox: the lock between processes, and logging. */
class IamUserCliProcessTest {
    private static IamSandbox sandbox;
    private static Path home;
    private static Path edgerc;
    private static Map<String, String> env;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.start();
        home = tempHome;
        edgerc = home.resolve(".edgerc");
        Files.writeString(edgerc, sandbox.edgercSection("sandbox"));
        env = Map.of(
                "HOME", home.toString(), "XDG_CACHE_HOME", home.resolve("cache").toString());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static CliProcess cli(List<String> jvmOptions, String... args) throws IOException {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--edgerc", edgerc.toString(), "--section", "sandbox"}, 0, all, args.length, 4);
        return CliProcess.start(home, env, jvmOptions, all);
    }

    @Test
    void anUpdateWaitsForTheLockAnotherProcessHoldsOnThatUser() throws Exception {
        sandbox.reset();
        Path file = LockFile.file(env, home, UserLock.key(sandbox.credential().host(), null, SandboxUsers.US_USER));
        assertTrue(file.startsWith(home.resolve("cache").resolve("iam-user").resolve("locks")), file::toString);
        Files.createDirectories(file.getParent());
        CliProcess update;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            update = cli(List.of(), "update", SandboxUsers.US_USER, "--set", "city=Boston");
            update.awaitErr(err -> err.contains("waiting for another update of this user to finish"));
            Thread.sleep(500);
            assertTrue(update.isAlive(), update::toString);
            assertEquals(0, sandbox.requests().size(), "not even the GET while another process holds the lock");
        }
        assertEquals(0, update.exitCode(), update::toString);
        assertEquals(
                "Boston", sandbox.user(null, SandboxUsers.US_USER).get("city").getAsString());
    }

    @Test
    void anUpdateNamingTheUserInAnotherLetterCaseWaitsForTheSameLockFile() throws Exception {
        sandbox.reset();
        Path file = LockFile.file(env, home, UserLock.key(sandbox.credential().host(), null, SandboxUsers.US_USER));
        Files.createDirectories(file.getParent());
        CliProcess update;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            update = cli(
                    List.of(),
                    "update",
                    SandboxUsers.US_USER.toLowerCase(Locale.ROOT),
                    "--set",
                    "city=Boston",
                    "--api-version",
                    "3");
            update.awaitErr(err -> err.contains("waiting for another update of this user to finish (lock " + file));
            assertEquals(0, sandbox.requests().size(), "not even the GET while another process holds the lock");
        }
        update.exitCode(); // the sandbox matches ids exactly: its answer does not matter here
    }

    @Test
    void verboseLogsEachRequestAndResponseAndNoPropertyMakesTheSignerLogCredentials() throws Exception {
        CliProcess get = cli(
                List.of(
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                        "-Dorg.slf4j.simpleLogger.log.com.akamai.edgegrid.signer=trace",
                        "-Dorg.slf4j.simpleLogger.log.com.akamai.edgegrid.signer.EdgeGridV1Signer=trace"),
                "get",
                SandboxUsers.US_USER,
                "--verbose");
        assertEquals(0, get.exitCode(), get::toString);
        String err = get.err();
        String url = sandbox.baseUrl() + "identity-management/v3/user-admin/ui-identities/" + SandboxUsers.US_USER;
        assertTrue(err.contains("--> GET " + url), get::toString);
        assertTrue(err.contains("<-- 200 GET " + url), get::toString);
        assertFalse(err.contains("com.akamai.edgegrid.signer"), get::toString);
        for (String secret : new String[] {
            sandbox.credential().clientToken(),
            sandbox.credential().accessToken(),
            sandbox.credential().clientSecret(),
            "signature="
        }) {
            assertFalse((get.out() + err).contains(secret), () -> secret + " printed in\n" + get);
        }
    }
}
