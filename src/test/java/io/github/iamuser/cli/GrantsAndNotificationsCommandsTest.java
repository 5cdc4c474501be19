package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iam-user grants}, {@code iam-user notifications} and {@code get --all}, run as the CLI runs, against the sandbox. */
class GrantsAndNotificationsCommandsTest {
    private static IamSandbox sandbox;
    private static CliHome home;

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

    @Test
    void getAllShowsTheRoleAssignmentsAndTheNotifications() {
        CliRun run = home.cli("get", SandboxUsers.US_USER, "--all", "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("""
                Role assignments:
                  group 12345 (Top Level Group): role 3 (Admin)
                    group 23456 (Web Properties): role 7 (Editor)
                      group 45678 (Staging): inherited
                    group 34567 (Security): blocked
                    group 56789 (Finance): inherited
                  account role 100002 (Admin for Account Roles)
                Notifications:
                  emails on; password expiry on; new user on; API client credential expiry off
                  proactive: EdgeKV, NetStorage
                  upgrade: EdgeScape
                """), run.out());
    }

    @Test
    void grantsChangesOnlyTheNamedGroupsAndExitsZero() {
        CliRun dry = home.cli("grants", SandboxUsers.US_USER, "--set", "56789=12", "--block", "45678", "--dry-run");
        assertEquals(0, dry.exitCode(), dry::toString);
        assertTrue(
                dry.out().replaceAll(" +", " ").contains("group 56789 (Finance) \"inherited\" -> \"role 12\""),
                dry.out());
        assertTrue(
                dry.out().replaceAll(" +", " ").contains("group 45678 (Staging) \"inherited\" -> \"blocked\""),
                dry.out());
        assertEquals(0, sandbox.putCount());

        CliRun run = home.cli("grants", SandboxUsers.US_USER, "--set", "56789=12", "--unblock", "34567", "--json");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(
                "updated",
                JsonParser.parseString(run.out())
                        .getAsJsonObject()
                        .get("outcome")
                        .getAsString());
        assertEquals(1, sandbox.putCount());

        CliRun again = home.cli("grants", SandboxUsers.US_USER, "--set", "56789=12");
        assertTrue(again.out().startsWith("Nothing to change"), again.out());
        assertEquals(1, sandbox.putCount());
    }

    @Test
    void refusalsAndBadUsageExitTwoAndSendNoPut() {
        CliRun refused = home.cli("grants", SandboxUsers.US_USER, "--remove", "12345");
        CliRun twice = home.cli("grants", SandboxUsers.US_USER, "--set", "56789=12", "--remove", "56789");
        CliRun notAPair = home.cli("grants", SandboxUsers.US_USER, "--set", "56789");
        CliRun nothing = home.cli("notifications", SandboxUsers.US_USER);
        CliRun v2 = home.cli("grants", SandboxUsers.US_USER, "--set", "56789=12", "--api-version", "2");

        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("group 23456 (Web Properties): would lose its own role"), refused.err());
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("group 56789 is named twice"), twice.err());
        assertEquals(2, notAPair.exitCode(), notAPair::toString);
        assertTrue(notAPair.err().contains("is not GROUP_ID=ROLE_ID"), notAPair.err());
        assertEquals(2, nothing.exitCode(), nothing::toString);
        assertEquals(2, v2.exitCode(), v2::toString);
        assertTrue(v2.err().contains("IAM v3 only"), v2.err());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void notificationsChangesOnlyWhatIsNamed() {
        CliRun run = home.cli(
                "notifications",
                SandboxUsers.US_USER,
                "--proactive-add",
                "EdgeScape",
                "--upgrade-remove",
                "EdgeScape",
                "--email",
                "off",
                "--check-lookups");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Updated the notifications of " + SandboxUsers.US_USER), run.out());
        assertEquals(
                JsonParser.parseString("{\"enableEmailNotifications\":false,\"options\":{\"newUserNotification\":true,"
                        + "\"passwordExpiry\":true,\"proactive\":[\"EdgeKV\",\"NetStorage\",\"EdgeScape\"],\"upgrade\":[],"
                        + "\"apiClientCredentialExpiryNotification\":false}}"),
                sandbox.user(null, SandboxUsers.US_USER).get("notifications"));
        CliRun unknown = home.cli("notifications", SandboxUsers.US_USER, "--upgrade-add", "Edge KV", "--check-lookups");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals(1, sandbox.putCount());
    }
}
