package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.RecordedRequest;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code iam-user bulk} process killed with SIGKILL (or stopped with SIGTERM, which must print how
 * to finish) half way through, then run again with its
 * journal: every user is updated exactly once (the sandbox counts the PUTs that replaced each
 * profile), and the backup restores every profile exactly.
 */
class BulkKilledProcessTest {
    private static final int USERS = 60;

    @Test
    void aRunKilledHalfWayIsFinishedByTheSameCommandWithEveryUserUpdatedOnce(@TempDir Path dir) throws Exception {
        stopHalfWayAndFinish(dir, false);
    }

    @Test
    void aRunStoppedLikeCtrlCSaysHowToFinishAndTheSameCommandFinishesIt(@TempDir Path dir) throws Exception {
        stopHalfWayAndFinish(dir, true);
    }

    /** Stops a bulk run half way with SIGKILL, or SIGTERM as Ctrl-C does, then finishes and restores it. */
    private static void stopHalfWayAndFinish(Path dir, boolean stopGently) throws Exception {
        try (IamSandbox sandbox =
                IamSandbox.builder().users(USERS).rateLimit(30, 6).start()) {
            Path edgerc = dir.resolve(".edgerc");
            Files.writeString(edgerc, sandbox.edgercSection("sandbox"));
            List<JsonObject> before = new ArrayList<>();
            StringBuilder rows = new StringBuilder("uiIdentityId,jobTitle,mobilePhone\n");
            for (int i = 0; i < USERS; i++) {
                before.add(ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
                rows.append(SandboxUsers.generatedUser(i))
                        .append(",Bulk ")
                        .append(i)
                        .append(",\n");
            }
            Path csv = dir.resolve("titles.csv");
            Files.writeString(csv, rows);
            String[] command = {
                "bulk",
                csv.toString(),
                "--journal",
                dir.resolve("run.journal").toString(),
                "--backup",
                dir.resolve("run.backup").toString(),
                "--edgerc",
                edgerc.toString(),
                "--section",
                "sandbox"
            };
            Map<String, String> env = Map.of("HOME", dir.toString());

            CliProcess first = CliProcess.start(dir, env, List.of(), command);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (sandbox.storedProfileCounts().size() < USERS / 2
                    && first.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (stopGently) {
                first.stop();
                assertTrue(
                        first.err()
                                .contains("bulk: stopped before the end. Rows already applied stay applied. Run the"
                                        + " same command again, with --journal " + dir.resolve("run.journal")),
                        first::toString);
            } else {
                first.kill();
            }
            int updatedWhenKilled = sandbox.storedProfileCounts().size();
            assertTrue(
                    updatedWhenKilled >= USERS / 2 && updatedWhenKilled < USERS,
                    updatedWhenKilled + " updated\n" + first);

            CliRun rerun = CliRun.of(env, command);

            assertEquals(0, rerun.exitCode(), rerun::toString);
            Map<String, Long> stored = sandbox.storedProfileCounts();
            assertEquals(USERS, stored.size(), stored.toString());
            stored.forEach((user, puts) -> assertEquals(1L, puts, user + " updated " + puts + " times\n" + rerun));
            for (int i = 0; i < USERS; i++) {
                JsonObject now =
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2);
                assertEquals("Bulk " + i, now.get("jobTitle").getAsString());
                assertEquals("", now.get("mobilePhone").getAsString());
            }
            // the seconds carry the default locale's decimal mark: "1.5 s", or "1,5 s" under a German locale
            Matcher summary = Pattern.compile(
                            "rows in [0-9.]+ s: applied (\\d+), unchanged 0, failed 0, skipped (\\d+)")
                    .matcher(rerun.err());
            assertTrue(summary.find(), rerun::toString);
            int skipped = Integer.parseInt(summary.group(2));
            assertEquals(USERS, Integer.parseInt(summary.group(1)) + skipped, rerun::toString);
            // rows journaled as finished are skipped; the few whose PUT went out unjournaled are confirmed, not resent
            assertTrue(
                    skipped <= updatedWhenKilled && skipped >= updatedWhenKilled - 4, skipped + " skipped\n" + rerun);

            CliRun restore = CliRun.of(
                    env,
                    "restore",
                    dir.resolve("run.backup").toString(),
                    "--edgerc",
                    edgerc.toString(),
                    "--section",
                    "sandbox");
            assertEquals(0, restore.exitCode(), restore::toString);
            for (int i = 0; i < USERS; i++) {
                assertEquals(
                        before.get(i),
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
            }
        }
    }

    /**
     * Rows with a profile and a grants part, killed with SIGKILL half way: the same command finishes the run, each
     * part of each user replaced exactly once (a part done before the kill is not sent again), and the backup puts
     * every part back. (BulkPartsTest covers notifications: the generated users' notifications lack an optional
     * member the sandbox stores as false, so their PUTs are reported as stored differently.)
     */
    @Test
    void aRunWithGrantsKilledHalfWayResumesEachUserAtItsFirstPartNotDone(@TempDir Path dir) throws Exception {
        try (IamSandbox sandbox =
                IamSandbox.builder().users(USERS).rateLimit(30, 6).start()) {
            Path edgerc = dir.resolve(".edgerc");
            Files.writeString(edgerc, sandbox.edgercSection("sandbox"));
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < USERS; i++) {
                rows.append("{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(i) + "\", \"set\": {\"jobTitle\":"
                        + " \"Bulk " + i + "\"}, \"grants\": {\"set\": {\"12345\": 12}}}\n");
            }
            Path jsonl = dir.resolve("rows.jsonl");
            Files.writeString(jsonl, rows);
            String[] command = {
                "bulk",
                jsonl.toString(),
                "--journal",
                dir.resolve("run.journal").toString(),
                "--backup",
                dir.resolve("run.backup").toString(),
                "--edgerc",
                edgerc.toString(),
                "--section",
                "sandbox"
            };
            Map<String, String> env = Map.of("HOME", dir.toString());
            List<JsonObject> before = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                before.add(sandbox.user(null, SandboxUsers.generatedUser(i)));
            }

            CliProcess first = CliProcess.start(dir, env, List.of(), command);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (stored(sandbox, "auth-grants").size() < USERS / 2
                    && first.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.kill();
            int grantedWhenKilled = stored(sandbox, "auth-grants").size();
            assertTrue(grantedWhenKilled >= USERS / 2 && grantedWhenKilled < USERS, grantedWhenKilled + "\n" + first);

            CliRun rerun = CliRun.of(env, command);

            assertEquals(0, rerun.exitCode(), rerun::toString);
            Map<String, Long> profiles = sandbox.storedProfileCounts();
            for (Map<String, Long> puts : List.of(profiles, stored(sandbox, "auth-grants"))) {
                assertEquals(USERS, puts.size(), puts.toString());
                puts.forEach((user, times) -> assertEquals(1L, times, user + " replaced " + times + " times: " + puts));
            }
            for (int i = 0; i < USERS; i++) {
                JsonObject user = sandbox.user(null, SandboxUsers.generatedUser(i));
                assertEquals("Bulk " + i, user.get("jobTitle").getAsString());
                assertEquals(
                        12,
                        user.getAsJsonArray("authGrants")
                                .get(0)
                                .getAsJsonObject()
                                .get("roleId")
                                .getAsLong());
            }

            CliRun restore = CliRun.of(
                    env,
                    "restore",
                    dir.resolve("run.backup").toString(),
                    "--edgerc",
                    edgerc.toString(),
                    "--section",
                    "sandbox");
            assertEquals(0, restore.exitCode(), restore::toString);
            for (int i = 0; i < USERS; i++) {
                JsonObject user = sandbox.user(null, SandboxUsers.generatedUser(i));
                // role 3 on group 12345 again; the sandbox lists the subgroups that inherit it, which means the same
                String grants = user.get("authGrants").toString();
                assertEquals(
                        before.get(i).get("authGrants").toString().replace("}]", ""),
                        grants.substring(0, grants.indexOf(",\"subGroups\"")),
                        grants);
                assertEquals(1, grants.replace("\"roleId\":null", "").split("\"roleId\":", -1).length - 1, grants);
                assertFalse(grants.contains("\"isBlocked\":true"), grants);
                assertEquals(
                        ProfileField.profileOf(before.get(i), ApiVersion.V3),
                        ProfileField.profileOf(user, ApiVersion.V3));
            }
        }
    }

    /** How many PUTs of {@code part} ("auth-grants") the sandbox answered 200, by user. */
    private static Map<String, Long> stored(IamSandbox sandbox, String part) {
        Map<String, Long> stored = new TreeMap<>();
        for (RecordedRequest r : sandbox.requests()) {
            if (r.method().equals("PUT") && r.rawPath().endsWith("/" + part) && r.status() == 200) {
                String[] path = r.rawPath().split("/");
                stored.merge(path[path.length - 2], 1L, Long::sum);
            }
        }
        return stored;
    }
}
