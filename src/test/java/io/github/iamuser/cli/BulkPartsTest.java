package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.RecordedRequest;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulk} rows with {@code grants} and {@code notifications} beside the profile change, and {@code restore}
 * of each part, run as the CLI runs against the sandbox.
 */
class BulkPartsTest {
    private static final String USER = SandboxUsers.US_USER;
    private static final String ROW = "{\"uiIdentityId\": \"" + USER + "\", \"set\": {\"jobTitle\": \"CTO\"},"
            + " \"grants\": {\"set\": {\"56789\": 12}, \"block\": [45678]},"
            + " \"notifications\": {\"email\": false, \"proactiveAdd\": [\"EdgeScape\"], \"upgradeRemove\": [\"EdgeScape\"]}}\n";
    private static final String PUT_PATH = "/identity-management/v3/user-admin/ui-identities/";
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

    private Path rows(String text) throws IOException {
        Path file = dir.resolve("rows.jsonl");
        Files.writeString(file, text);
        return file;
    }

    /** The PUTs since the last reset, as "part of user" (profile, auth-grants, notifications), in order. */
    private static List<String> puts() {
        List<String> puts = new ArrayList<>();
        for (RecordedRequest r : sandbox.requests()) {
            if (r.method().equals("PUT")) {
                puts.add(r.rawPath().substring(r.rawPath().lastIndexOf('/') + 1));
            }
        }
        return puts;
    }

    private static JsonObject row(CliRun run) {
        return JsonParser.parseString(run.out().strip()).getAsJsonObject();
    }

    private static List<String> partStatuses(JsonObject row) {
        List<String> parts = new ArrayList<>();
        for (JsonElement part : row.getAsJsonArray("parts")) {
            parts.add(part.getAsJsonObject().get("part").getAsString() + " "
                    + part.getAsJsonObject().get("status").getAsString());
        }
        return parts;
    }

    private static JsonArray grantsOfUser() {
        return sandbox.user(null, USER).getAsJsonArray("authGrants");
    }

    private static JsonObject notificationsOfUser() {
        return sandbox.user(null, USER).getAsJsonObject("notifications");
    }

    private static long roleOf(JsonArray grants, long groupId) {
        for (JsonElement g : grants) {
            JsonObject group = g.getAsJsonObject();
            if (group.has("groupId") && group.get("groupId").getAsLong() == groupId) {
                return group.get("roleId").isJsonNull()
                        ? 0
                        : group.get("roleId").getAsLong();
            }
            if (group.has("subGroups")) {
                long below = roleOf(group.getAsJsonArray("subGroups"), groupId);
                if (below != Long.MIN_VALUE) {
                    return below;
                }
            }
        }
        return Long.MIN_VALUE;
    }

    @Test
    void aRowWithAllThreePartsAppliesThemInOrderAndRestorePutsEachBack() throws IOException {
        JsonArray grantsBefore = grantsOfUser();
        JsonObject notificationsBefore = notificationsOfUser();
        String titleBefore = sandbox.user(null, USER).get("jobTitle").getAsString();
        Path backup = dir.resolve("run.backup");

        CliRun run = home.cli(
                "bulk",
                rows(ROW).toString(),
                "--journal",
                dir.resolve("run.journal").toString(),
                "--backup",
                backup.toString(),
                "--json");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("basic-info", "auth-grants", "notifications"), puts());
        JsonObject row = row(run);
        assertEquals("APPLIED", row.get("status").getAsString(), run::toString);
        assertEquals(List.of("profile APPLIED", "grants APPLIED", "notifications APPLIED"), partStatuses(row));
        assertTrue(row.toString().contains("group 56789 (Finance)"), row::toString);
        assertEquals("CTO", sandbox.user(null, USER).get("jobTitle").getAsString());
        assertEquals(12, roleOf(grantsOfUser(), 56789));
        assertFalse(notificationsOfUser().get("enableEmailNotifications").getAsBoolean());
        assertTrue(notificationsOfUser()
                .getAsJsonObject("options")
                .getAsJsonArray("proactive")
                .toString()
                .contains("EdgeScape"));

        CliRun restore = home.cli("restore", backup.toString(), "--json");

        assertEquals(0, restore.exitCode(), restore::toString);
        assertEquals(List.of("profile APPLIED", "grants APPLIED", "notifications APPLIED"), partStatuses(row(restore)));
        assertEquals(titleBefore, sandbox.user(null, USER).get("jobTitle").getAsString());
        assertEquals(grantsBefore, grantsOfUser());
        assertEquals(notificationsBefore, notificationsOfUser());
    }

    @Test
    void aFailedPartFailsTheRowKeepsTheEarlierPartsAndARerunResumesAtIt() throws IOException {
        sandbox.faults().enqueue(Fault.serverError(500).onlyFor("PUT", PUT_PATH + USER + "/auth-grants"));
        String journal = dir.resolve("run.journal").toString();

        CliRun failed = home.cli("bulk", rows(ROW).toString(), "--journal", journal, "--json");

        assertEquals(1, failed.exitCode(), failed::toString);
        JsonObject row = row(failed);
        assertEquals("FAILED", row.get("status").getAsString());
        assertEquals(List.of("profile APPLIED", "grants FAILED"), partStatuses(row));
        assertTrue(row.get("note").getAsString().contains("notifications not tried"), row::toString);
        assertTrue(failed.err().contains("line 1, user " + USER + ": FAILED: grants: "), failed::toString);
        assertEquals(List.of("basic-info", "auth-grants"), puts());
        assertEquals("CTO", sandbox.user(null, USER).get("jobTitle").getAsString());
        assertTrue(Files.readString(Path.of(journal)).contains("\"status\":\"APPLIED\""));

        CliRun rerun = home.cli("bulk", rows(ROW).toString(), "--journal", journal, "--json");

        assertEquals(0, rerun.exitCode(), rerun::toString);
        assertEquals(List.of("profile SKIPPED", "grants APPLIED", "notifications APPLIED"), partStatuses(row(rerun)));
        assertEquals(List.of("basic-info", "auth-grants", "auth-grants", "notifications"), puts());
        assertEquals(12, roleOf(grantsOfUser(), 56789));

        CliRun again = home.cli("bulk", rows(ROW).toString(), "--journal", journal, "--json");

        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(List.of("profile SKIPPED", "grants SKIPPED", "notifications SKIPPED"), partStatuses(row(again)));
        assertEquals("SKIPPED", row(again).get("status").getAsString());
        assertEquals(4, puts().size());
    }

    @Test
    void aRunKilledBetweenAPartsPutAndItsJournalLineSendsItNotAgain() throws IOException {
        Path journal = dir.resolve("run.journal");
        assertEquals(
                0,
                home.cli("bulk", rows(ROW).toString(), "--journal", journal.toString())
                        .exitCode());
        List<String> lines = Files.readAllLines(journal);
        assertTrue(lines.get(lines.size() - 1).contains("\"part\":\"notifications\""), lines::toString);
        // kill -9 after the notifications PUT, before its finished line: the journal ends with its started line
        Files.write(journal, lines.subList(0, lines.size() - 1));

        CliRun rerun = home.cli("bulk", rows(ROW).toString(), "--journal", journal.toString(), "--json");

        assertEquals(0, rerun.exitCode(), rerun::toString);
        JsonObject row = row(rerun);
        assertEquals(List.of("profile SKIPPED", "grants SKIPPED", "notifications APPLIED"), partStatuses(row));
        assertTrue(row.get("note").getAsString().contains("applied by an earlier run"), row::toString);
        assertEquals(List.of("basic-info", "auth-grants", "notifications"), puts());
    }

    @Test
    void restoreLeavesAPartChangedSinceTheBackupAloneUnlessForced() throws IOException {
        JsonArray grantsBefore = grantsOfUser();
        Path backup = dir.resolve("run.backup");
        assertEquals(
                0,
                home.cli("bulk", rows(ROW).toString(), "--backup", backup.toString())
                        .exitCode());
        assertEquals(0, home.cli("grants", USER, "--set", "56789=7").exitCode());

        CliRun restore = home.cli("restore", backup.toString());

        assertEquals(1, restore.exitCode(), restore::toString);
        assertTrue(
                restore.err().contains("user " + USER + ": CONFLICT: grants: authGrants: changed since the backup"),
                restore::toString);
        assertEquals(7, roleOf(grantsOfUser(), 56789));

        CliRun forced = home.cli("restore", backup.toString(), "--force");

        assertEquals(0, forced.exitCode(), forced::toString);
        assertEquals(grantsBefore, grantsOfUser());
    }

    @Test
    void aV2RunRefusesARowWithGrantsOrNotificationsNamingTheRuleAndSendsNothingForIt() throws IOException {
        String profileOnly =
                "{\"uiIdentityId\": \"" + SandboxUsers.CANADIAN_USER + "\", \"set\": {\"jobTitle\": \"CFO\"}}\n";

        CliRun run = home.cli("bulk", rows(ROW + profileOnly).toString(), "--api-version", "2");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains("line 1, user " + USER + ": FAILED: the row changes grants or notifications,"
                                + " which are updated through IAM v3 only"),
                run::toString);
        assertEquals(1, sandbox.putCount());
        assertFalse(sandbox.user(null, USER).get("jobTitle").getAsString().equals("CTO"));
        assertEquals(
                "CFO",
                sandbox.user(null, SandboxUsers.CANADIAN_USER).get("jobTitle").getAsString());
    }

    @Test
    void aGrantsOrNotificationsMemberTheCommandsDoNotHaveRefusesTheFile() throws IOException {
        CliRun run = home.cli(
                "bulk",
                rows("{\"uiIdentityId\": \"" + USER + "\", \"grants\": {\"add\": [1]}}\n")
                        .toString());
        CliRun notBoolean = home.cli(
                "bulk",
                rows("{\"uiIdentityId\": \"" + USER + "\", \"notifications\": {\"email\": \"off\"}}\n")
                        .toString());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err().contains("line 1 has \"grants\": {\"add\"}, which is not one of block, remove, set, unblock"),
                run::toString);
        assertEquals(2, notBoolean.exitCode(), notBoolean::toString);
        assertTrue(
                notBoolean.err().contains("line 1 has a notifications email that is not true or false"),
                notBoolean::toString);
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void aDryRunShowsWhatEachPartWouldChangeAndSendsNoPut() throws IOException {
        CliRun run = home.cli("bulk", rows(ROW).toString(), "--dry-run", "--json");

        assertEquals(0, run.exitCode(), run::toString);
        JsonObject row = row(run);
        assertEquals("WOULD_APPLY", row.get("status").getAsString());
        assertEquals(
                List.of("profile WOULD_APPLY", "grants WOULD_APPLY", "notifications WOULD_APPLY"), partStatuses(row));
        assertTrue(row.toString().contains("options.proactive"), row::toString);
        assertEquals(List.of(), puts());
    }
}
