package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
}
