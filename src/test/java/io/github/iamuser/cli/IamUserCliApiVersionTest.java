package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code --api-version 3|2} on every command that calls the API, against the sandbox that serves both:
 * v3 by default (the version Akamai serves), v2's paths and fields when asked for, and anything else a
 * usage error before anything is sent. A field of the other version is refused with exit code 2, naming
 * what to use instead.
 */
class IamUserCliApiVersionTest {
    /** Every command that calls the API, with the arguments it needs besides the credentials. */
    private static final Map<String, List<String>> API_COMMANDS = Map.of(
            "get", List.of("get", SandboxUsers.US_USER),
            "update", List.of("update", SandboxUsers.US_USER, "--set", "jobTitle=CTO"),
            "lookups", List.of("lookups", "countries"),
            "list", List.of("list"),
            "bulk", List.of("bulk", "BULK_FILE"),
            "restore", List.of("restore", "BACKUP_FILE"));

    private static IamSandbox sandbox;
    private static CliHome home;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.start();
        home = CliHome.sandbox(tempHome, sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static CliRun cli(String... args) {
        return home.cli(args);
    }

    private List<String> args(String command, String... more) throws IOException {
        Path bulk =
                Files.writeString(dir.resolve("rows.csv"), "uiIdentityId,jobTitle\n" + SandboxUsers.US_USER + ",CTO\n");
        Path backup = Files.writeString(dir.resolve("backup.jsonl"), "");
        List<String> args = new ArrayList<>();
        for (String arg : API_COMMANDS.get(command)) {
            args.add(arg.replace("BULK_FILE", bulk.toString()).replace("BACKUP_FILE", backup.toString()));
        }
        args.addAll(List.of(more));
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "lookups", "list", "bulk", "restore"})
    void everyApiCommandRefusesAnApiVersionOtherThan2Or3BeforeSendingAnything(String command) throws IOException {
        for (String wrong : List.of("4", "v3", "three", "")) {
            CliRun run = cli(args(command, "--api-version", wrong).toArray(String[]::new));

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(
                    run.err()
                            .contains("'" + wrong + "' is not an IAM API version this tool speaks: give 3 (the default)"
                                    + " or 2."),
                    run::toString);
        }
        assertEquals(0, sandbox.requests().size(), "nothing was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "lookups", "list", "bulk", "restore", "demo"})
    void everyApiCommandsHelpNamesTheOption(String command) {
        CliRun run = home.run(command, "--help");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("--api-version=3|2"), run::toString);
        assertTrue(
                run.out()
                        .replaceAll("\\s+", " ")
                        .contains("The IAM API version to call: 3 (the default, the one Akamai serves) or 2"
                                + " (decommissioned by Akamai on 2025-09-30)."),
                run::toString);
    }

    /** Each command's requests, by default and with {@code --api-version 2}: every one on that version's paths. */
    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "lookups", "list", "bulk"})
    void v3IsTheDefaultAndV2IsAskedForByEachCommandOnItsPaths(String command) throws IOException {
        for (ApiVersion version : List.of(ApiVersion.V3, ApiVersion.V2)) {
            sandbox.reset();
            List<String> more = version == ApiVersion.V3 ? List.of() : List.of("--api-version", "2");
            CliRun run = cli(args(command, more.toArray(String[]::new)).toArray(String[]::new));

            assertEquals(0, run.exitCode(), run::toString);
            List<String> paths = sandbox.requests().stream()
                    .map(r -> r.method() + " " + r.rawPath())
                    .toList();
            assertTrue(!paths.isEmpty(), run::toString);
            assertTrue(
                    paths.stream().allMatch(p -> p.matches("(GET|PUT) " + version.pathPrefix() + ".*")),
                    version + ": " + paths);
            if (command.equals("update") || command.equals("bulk")) {
                assertEquals(1, sandbox.putCount(), version + ": " + paths);
            }
        }
    }

    @Test
    void getShowsV3sProfileFieldsByDefaultAndV2sWhenAsked() {
        CliRun v3 = cli("get", SandboxUsers.GERMAN_USER);
        CliRun v2 = cli("get", SandboxUsers.GERMAN_USER, "--api-version", "2");

        assertTrue(v3.out().contains("additionalAuthentication  MFA"), v3::toString);
        assertTrue(!v3.out().contains("tfaEnabled"), v3::toString);
        assertTrue(v2.out().contains("tfaEnabled         false"), v2::toString);
        assertTrue(!v2.out().contains("additionalAuthentication"), v2::toString);
    }

    @Test
    void updateSetsAdditionalAuthenticationInV3() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "additionalAuthentication=MFA", "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("additionalAuthentication  \"TFA\" -> \"MFA\""), run::toString);
        assertEquals(
                "MFA",
                sandbox.user(null, SandboxUsers.US_USER)
                        .get("additionalAuthentication")
                        .getAsString());
        assertEquals(1, sandbox.putCount());
    }

    @Test
    void updateSetsTfaEnabledInV2() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "tfaEnabled=false", "--api-version", "2");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("tfaEnabled         \"true\" -> \"false\""), run::toString);
        assertEquals(
                false,
                sandbox.user(null, SandboxUsers.US_USER).get("tfaEnabled").getAsBoolean());
        assertEquals(
                "NONE",
                sandbox.user(null, SandboxUsers.US_USER)
                        .get("additionalAuthentication")
                        .getAsString());
        assertEquals(1, sandbox.putCount());
    }

    @Test
    void aFieldOfTheOtherVersionIsAUsageErrorNamingWhatToUseAndNothingIsSent() {
        CliRun v2 = cli("update", SandboxUsers.US_USER, "--set", "additionalAuthentication=MFA", "--api-version", "2");
        CliRun v3 = cli("update", SandboxUsers.US_USER, "--set", "tfaEnabled=false");

        assertEquals(2, v2.exitCode(), v2::toString);
        assertTrue(
                v2.err()
                        .contains("additionalAuthentication: is a field of IAM v3 only, and this client speaks IAM v2:"
                                + " use tfaEnabled instead"),
                v2::toString);
        assertTrue(v2.err().contains("--api-version 3"), v2::toString);
        assertEquals(2, v3.exitCode(), v3::toString);
        assertTrue(
                v3.err()
                        .contains("tfaEnabled: is a field of IAM v2 only, and this client speaks IAM v3: use"
                                + " additionalAuthentication instead"),
                v3::toString);
        assertEquals(0, sandbox.requests().size(), "nothing was sent, not even the GET");
    }

    @Test
    void listAndBulkUseV3sColumnsByDefaultAndV2sWhenAsked() throws IOException {
        CliRun list = cli("list", "--csv");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(
                "uiIdentityId," + String.join(",", ProfileField.names(ApiVersion.V3)),
                list.out().lines().findFirst().orElseThrow());
        CliRun listV2 = cli("list", "--csv", "--api-version", "2");
        assertEquals(0, listV2.exitCode(), listV2::toString);
        assertEquals(
                "uiIdentityId," + String.join(",", ProfileField.names(ApiVersion.V2)),
                listV2.out().lines().findFirst().orElseThrow());

        Path v2Rows = Files.writeString(
                dir.resolve("v2.csv"), "uiIdentityId,tfaEnabled\n" + SandboxUsers.US_USER + ",false\n");
        CliRun byDefault = cli("bulk", v2Rows.toString());
        assertEquals(2, byDefault.exitCode(), byDefault::toString);
        assertTrue(byDefault.err().contains("tfaEnabled, which is a field of IAM v2 only"), byDefault::toString);
        Path rows = Files.writeString(
                dir.resolve("v3.csv"),
                "uiIdentityId,additionalAuthentication\n" + SandboxUsers.CANADIAN_USER + ",NONE\n");
        CliRun v2 = cli("bulk", rows.toString(), "--api-version", "2");
        assertEquals(2, v2.exitCode(), v2::toString);
        assertTrue(v2.err().contains("additionalAuthentication, which is a field of IAM v3 only"), v2::toString);
        assertEquals(0, sandbox.putCount());

        CliRun v2Applied = cli("bulk", v2Rows.toString(), "--api-version", "2");
        assertEquals(0, v2Applied.exitCode(), v2Applied::toString);
        assertEquals(
                "NONE",
                sandbox.user(null, SandboxUsers.US_USER)
                        .get("additionalAuthentication")
                        .getAsString());
        CliRun v3 = cli("bulk", rows.toString());
        assertEquals(0, v3.exitCode(), v3::toString);
        assertEquals(
                "NONE",
                sandbox.user(null, SandboxUsers.CANADIAN_USER)
                        .get("additionalAuthentication")
                        .getAsString());
        assertEquals(
                false,
                sandbox.user(null, SandboxUsers.CANADIAN_USER).get("tfaEnabled").getAsBoolean());
    }

    /** A backup written by default (v3) or with --api-version 2, restored in the other version and in its own. */
    @ParameterizedTest
    @ValueSource(ints = {3, 2})
    void aBackupIsRestoredOnlyInTheVersionItWasWrittenIn(int written) throws IOException {
        List<String> writtenIn = written == 3 ? List.of() : List.of("--api-version", "2");
        List<String> other = written == 3 ? List.of("--api-version", "2") : List.of();
        Path rows =
                Files.writeString(dir.resolve("rows.csv"), "uiIdentityId,jobTitle\n" + SandboxUsers.US_USER + ",CTO\n");
        Path backup = dir.resolve("backup.jsonl");
        List<String> bulk = new ArrayList<>(List.of("bulk", rows.toString(), "--backup", backup.toString()));
        bulk.addAll(writtenIn);
        assertEquals(0, cli(bulk.toArray(String[]::new)).exitCode());
        int sent = sandbox.requests().size();

        List<String> restore = new ArrayList<>(List.of("restore", backup.toString()));
        restore.addAll(other);
        CliRun refused = cli(restore.toArray(String[]::new));
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(
                refused.err()
                        .contains("the backup holds IAM v" + written + " profiles, and this client speaks IAM v"
                                + (5 - written)),
                refused::toString);
        assertTrue(refused.err().contains("--api-version " + written), refused::toString);
        assertEquals(sent, sandbox.requests().size(), "nothing was sent");

        restore = new ArrayList<>(List.of("restore", backup.toString()));
        restore.addAll(writtenIn);
        CliRun restored = cli(restore.toArray(String[]::new));
        assertEquals(0, restored.exitCode(), restored::toString);
        assertEquals(
                "Chief Engineer",
                sandbox.user(null, SandboxUsers.US_USER).get("jobTitle").getAsString());
    }

    @Test
    void theDemoRunsInV3ByDefaultAndInV2WhenAsked() {
        CliRun run = home.run("demo");
        CliRun v2 = home.run("demo", "--api-version", "2");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("called in IAM v3"), run::toString);
        assertTrue(run.out().contains("additionalAuthentication"), run::toString);
        assertTrue(run.out().contains("refused before sending: 16 fields missing"), run::toString);
        assertEquals(0, v2.exitCode(), v2::toString);
        assertTrue(v2.out().contains("called in IAM v2"), v2::toString);
        assertTrue(v2.out().contains("tfaEnabled"), v2::toString);
        assertTrue(!v2.out().contains("additionalAuthentication"), v2::toString);
    }
}
