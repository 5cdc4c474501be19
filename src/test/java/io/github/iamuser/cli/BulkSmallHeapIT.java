package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 rows bulk-updated with a journal and a backup by an {@code iam-user} process whose heap is 64 MB,
 * killed with SIGKILL half way and finished by the same command (again in 64 MB): memory holds what
 * must be held (the rows, the ids), not a profile per row, so neither run runs out of it, and every
 * user is updated exactly once (the sandbox counts the PUTs that replaced each profile).
 */
class BulkSmallHeapIT {
    private static final int USERS = 20_000;
    private static final List<String> HEAP = List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError");

    @Test
    void twentyThousandRowsAndAResumeAfterKillFitIn64Megabytes(@TempDir Path dir) throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(USERS).start()) {
            StringBuilder rows = new StringBuilder("uiIdentityId,jobTitle\n");
            for (int i = 0; i < USERS; i++) {
                rows.append(SandboxUsers.generatedUser(i))
                        .append(",Heap ")
                        .append(i)
                        .append('\n');
            }
            Path csv = Files.writeString(dir.resolve("titles.csv"), rows);
            Path edgerc = Files.writeString(dir.resolve(".edgerc"), sandbox.edgercSection("sandbox"));
            String[] command = {
                "bulk",
                csv.toString(),
                "--journal",
                dir.resolve("run.journal").toString(),
                "--backup",
                dir.resolve("run.backup").toString(),
                "--api-version",
                "3",
                "--concurrency",
                "8",
                "--edgerc",
                edgerc.toString(),
                "--section",
                "sandbox"
            };
            Map<String, String> env = Map.of("HOME", dir.toString());

            CliProcess first = CliProcess.start(dir, env, HEAP, command);
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (sandbox.storedProfileCounts().size() < USERS / 2
                    && first.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(first.isAlive(), first::toString);
            first.kill();
            int updatedWhenKilled = sandbox.storedProfileCounts().size();
            assertTrue(updatedWhenKilled >= USERS / 2 && updatedWhenKilled < USERS, updatedWhenKilled + "\n" + first);

            CliProcess rerun = CliProcess.start(dir, env, HEAP, command);

            assertEquals(0, rerun.exitCode(), rerun::toString);
            Map<String, Long> stored = sandbox.storedProfileCounts();
            assertEquals(USERS, stored.size());
            stored.forEach((user, puts) -> assertEquals(1L, puts, user + " updated " + puts + " times"));
            // the seconds carry the default locale's decimal mark: "1.5 s", or "1,5 s" under a German locale
            Matcher summary = Pattern.compile(
                            "rows in [0-9.]+ s: applied (\\d+), unchanged 0, failed 0, skipped (\\d+)")
                    .matcher(rerun.err());
            assertTrue(summary.find(), rerun::toString);
            assertEquals(USERS, Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2)));
            assertEquals(
                    "Heap 19999",
                    sandbox.user(null, SandboxUsers.generatedUser(USERS - 1))
                            .get("jobTitle")
                            .getAsString());
        }
    }
}
