package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a process of its own, where its output and input really are descriptors: a full
 * disk, a reader that stops reading, a closed standard input and the C locale.
 */
class IamUserCliOutputFaultsTest {
    /** More CSV than a pipe holds (64 KiB), so that the command is still writing when its reader stops. */
    private static final int USERS = 1000;

    private static IamSandbox sandbox;
    private static Path home;
    private static Path edgerc;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.builder().users(USERS).start();
        home = tempHome;
        edgerc = Files.writeString(home.resolve(".edgerc"), sandbox.edgercSection("sandbox"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    /** Starts {@code iam-user args} (and the sandbox's .edgerc section unless {@code args} is --help). */
    private static CliProcess cli(Map<String, String> env, Redirect stdout, boolean stdinClosed, String... args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help")) {
            all.addAll(List.of("--edgerc", edgerc.toString(), "--section", "sandbox", "--api-version", "3"));
        }
        Map<String, String> withHome = new HashMap<>(env);
        withHome.put("HOME", home.toString());
        return CliProcess.start(home, withHome, List.of(), stdout, stdinClosed, all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list --csv", "get " + SandboxUsers.US_USER + " --json", "--help"})
    void outputToAFullDiskExitsOneSayingItIsIncompleteWithoutAStackTrace(String command) throws Exception {
        CliProcess run = cli(Map.of(), Redirect.to(Path.of("/dev/full").toFile()), false, command.split(" "));

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains("iam-user: the output could not be written (No space left on device), so it is"
                                + " incomplete"),
                run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void aReaderThatStopsReadingEndsTheListQuietlyWithExitCode141() throws Exception {
        CliProcess list = cli(Map.of(), Redirect.PIPE, false, "list", "--csv");
        BufferedReader csv = new BufferedReader(new InputStreamReader(list.stdout(), StandardCharsets.UTF_8));

        assertTrue(csv.readLine().startsWith("uiIdentityId,"), list::toString);
        csv.close(); // as head -1 does

        assertEquals(IamUserCli.OUTPUT_CLOSED, list.exitCode(), list::toString);
        assertFalse(list.err().contains("iam-user:"), list::toString);
        assertFalse(list.err().contains("Exception"), list::toString);
        assertTrue(sandbox.requests().size() < USERS, "it stopped reading profiles too: " + list);
    }

    @Test
    void bulkFromAClosedStandardInputIsAUsageErrorNamingItAndSendsNothing() throws Exception {
        CliProcess bulk = cli(Map.of(), null, true, "bulk", "-");

        assertEquals(2, bulk.exitCode(), bulk::toString);
        assertTrue(
                bulk.err()
                        .contains("iam-user: -: standard input is closed (as by <&-): give the rows on it, as in"
                                + " 'iam-user bulk - < rows.jsonl', or name the file. Nothing was sent."),
                bulk::toString);
        assertEquals(0, sandbox.requests().size(), () -> "sent " + sandbox.requests());
    }

    @Test
    void underTheCLocaleTheOutputIsUtf8() throws Exception {
        Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C");
        CliProcess csv = cli(c, null, false, "list", "--csv");
        CliProcess text = cli(c, null, false, "get", SandboxUsers.CANADIAN_USER);

        assertEquals(0, csv.exitCode(), csv::toString);
        assertTrue(csv.out().contains(SandboxUsers.CANADIAN_USER + ",Émilie,Tremblay,"), csv::toString);
        assertTrue(csv.out().contains(",Français,"), csv::toString);
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().lines().anyMatch(line -> line.matches(" +firstName +Émilie")), text::toString);
    }

    @Test
    void underTheCLocaleAnArgumentTheJvmCannotReadIsRefusedAndNothingIsSent() throws Exception {
        // This JVM hands the argument over in its own locale's charset (the build runs the tests under C.UTF-8).
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"), "the tests' JVM must run under a UTF-8 locale");
        CliProcess update = cli(
                Map.of("LC_ALL", "C", "LANG", "C"),
                null,
                false,
                "update",
                SandboxUsers.US_USER,
                "--set",
                "lastName=Müller");

        assertEquals(2, update.exitCode(), update::toString);
        assertTrue(
                update.err()
                        .contains("iam-user: an argument holds characters that the locale's character set"
                                + " (ANSI_X3.4-1968) cannot read, and they would be sent as replacement characters:"
                                + " run under a UTF-8 locale, as in 'LC_ALL=C.UTF-8 iam-user ...'. Nothing was"
                                + " sent."),
                update::toString);
        assertEquals(0, sandbox.requests().size(), () -> "sent " + sandbox.requests());
    }
}
