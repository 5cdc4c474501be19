package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.Field;
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
 * {@code --api-version 2|3} on every command that calls the API, against the sandbox that serves both:
 * v2 by default, v3's paths and fields when asked for, and anything else a usage error before anything
 * is sent. A field of the other version is refused with exit code 2, naming what to use instead.
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
                            .contains("'" + wrong + "' is not an IAM API version this tool speaks: give 2 (the default)"
                                    + " or 3."),
                    run::toString);
        }
        assertEquals(0, sandbox.requests().size(), "nothing was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "lookups", "list", "bulk", "restore", "demo"})
    void everyApiCommandsHelpNamesTheOption(String command) {
        CliRun run = home.run(command, "--help");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("--api-version=2|3"), run::toString);
        assertTrue(run.out().contains("The IAM API version to call: 2 (the default) or 3."), run::toString);
    }

    @Test
    void v2IsTheDefaultAndV3IsAskedForByEachCommandOnItsPaths() {
        assertEquals(0, cli("get", SandboxUsers.US_USER).exitCode());
        assertEquals(0, cli("get", SandboxUsers.US_USER, "--api-version", "3").exitCode());
        assertEquals(0, cli("lookups", "countries", "--api-version", "3").exitCode());
        assertEquals(0, cli("list", "--api-version", "3").exitCode());

        List<String> paths = sandbox.requests().stream()
                .map(r -> r.method() + " " + r.rawPath())
                .toList();
        assertTrue(paths.get(0).startsWith("GET /identity-management/v2/user-admin/ui-identities/"), paths::toString);
        assertTrue(paths.get(1).startsWith("GET /identity-management/v3/user-admin/ui-identities/"), paths::toString);
        assertEquals("GET /identity-management/v3/user-admin/common/countries", paths.get(2));
        assertEquals("GET /identity-management/v3/user-admin/ui-identities", paths.get(3));
        assertTrue(
                paths.subList(4, paths.size()).stream().allMatch(p -> p.startsWith("GET /identity-management/v3/")),
                "list reads each profile in v3 too: " + paths);
    }

    @Test
    void getShowsV3sProfileFields() {
        CliRun v3 = cli("get", SandboxUsers.GERMAN_USER, "--api-version", "3");
        CliRun v2 = cli("get", SandboxUsers.GERMAN_USER);

        assertTrue(v3.out().contains("additionalAuthentication  MFA"), v3::toString);
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
    void aFieldOfTheOtherVersionIsAUsageErrorNamingWhatToUseAndNothingIsSent() {
        CliRun v2 = cli("update", SandboxUsers.US_USER, "--set", "additionalAuthentication=MFA");
        CliRun v3 = cli("update", SandboxUsers.US_USER, "--set", "tfaEnabled=false", "--api-version", "3");

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
    void listAndBulkWorkInV3WithItsColumns() throws IOException {
        CliRun list = cli("list", "--csv", "--api-version", "3");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(
                "uiIdentityId," + String.join(",", Field.names(ApiVersion.V3)),
                list.out().lines().findFirst().orElseThrow());

        Path rows = Files.writeString(
                dir.resolve("v3.csv"),
                "uiIdentityId,additionalAuthentication\n" + SandboxUsers.CANADIAN_USER + ",NONE\n");
        CliRun v2 = cli("bulk", rows.toString());
        assertEquals(2, v2.exitCode(), v2::toString);
        assertTrue(v2.err().contains("additionalAuthentication, which is a field of IAM v3 only"), v2::toString);
        assertEquals(0, sandbox.putCount());

        CliRun v3 = cli("bulk", rows.toString(), "--api-version", "3");
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

    @Test
    void aBackupIsRestoredOnlyInTheVersionItWasWrittenIn() throws IOException {
        Path rows =
                Files.writeString(dir.resolve("rows.csv"), "uiIdentityId,jobTitle\n" + SandboxUsers.US_USER + ",CTO\n");
        Path backup = dir.resolve("backup.jsonl");
        assertEquals(
                0,
                cli("bulk", rows.toString(), "--backup", backup.toString(), "--api-version", "3")
                        .exitCode());
        int sent = sandbox.requests().size();

        CliRun v2 = cli("restore", backup.toString());
        assertEquals(2, v2.exitCode(), v2::toString);
        assertTrue(v2.err().contains("the backup holds IAM v3 profiles, and this client speaks IAM v2"), v2::toString);
        assertTrue(v2.err().contains("--api-version 3"), v2::toString);
        assertEquals(sent, sandbox.requests().size(), "nothing was sent");

        CliRun v3 = cli("restore", backup.toString(), "--api-version", "3");
        assertEquals(0, v3.exitCode(), v3::toString);
        assertEquals(
                "Chief Engineer",
                sandbox.user(null, SandboxUsers.US_USER).get("jobTitle").getAsString());
    }

    @Test
    void theDemoRunsInV3() {
        CliRun run = home.run("demo", "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("called in IAM v3"), run::toString);
        assertTrue(run.out().contains("additionalAuthentication"), run::toString);
        assertTrue(run.out().contains("refused before sending: 16 fields missing"), run::toString);
    }
}
