package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUserSummary;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list --csv} writes each user as it is read, in the list's order, holding no more than a few
 * profiles (20,000 users in a 64 MB heap), and a user deleted between the list and its read is named on
 * stderr while the others are exported.
 */
class ListStreamingTest {
    private static final int USERS = 20_000;

    @Test
    void twentyThousandUsersAreExportedInTheListsOrderWithin64MbRowsWrittenAsTheyAreRead(@TempDir Path dir)
            throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(USERS).start()) {
            List<String> listed = ids(sandbox);
            Path edgerc = Files.writeString(dir.resolve(".edgerc"), sandbox.edgercSection("sandbox"));

            CliProcess list = CliProcess.start(
                    dir,
                    Map.of("HOME", dir.toString()),
                    List.of("-Xmx64m"),
                    "list",
                    "--csv",
                    "--api-version",
                    "3",
                    "--edgerc",
                    edgerc.toString(),
                    "--section",
                    "sandbox");
            while (list.isAlive() && list.out().lines().count() < 2) {
                Thread.sleep(5);
            }
            int readWhenTheFirstRowWasOut = sandbox.requests().size();

            assertEquals(0, list.exitCode(), () -> list.err());
            assertTrue(
                    readWhenTheFirstRowWasOut < USERS / 2,
                    "the first row waited for " + readWhenTheFirstRowWasOut + " requests:\n" + list.err());
            List<String> exported = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(list.out()))
                    .stream()
                    .map(row -> row.get(CsvRows.ID))
                    .toList();
            assertEquals(listed.size(), exported.size(), () -> list.err());
            assertEquals(listed, exported);
            assertFalse(list.err().contains("OutOfMemoryError"), list::err);
        }
    }

    @Test
    void aUserDeletedBetweenTheListAndItsReadIsNamedOnStderrAndTheOthersAreExported(@TempDir Path dir)
            throws IOException {
        try (IamSandbox sandbox = IamSandbox.builder().users(20).start()) {
            List<String> listed = ids(sandbox);
            String vanished = SandboxUsers.generatedUser(7);
            sandbox.faults()
                    .enqueue(Fault.userNotFound()
                            .onlyFor("GET", "/identity-management/v3/user-admin/ui-identities/" + vanished));

            CliRun list = CliHome.sandbox(dir, sandbox).cli("list", "--csv", "--api-version", "3");

            assertEquals(0, list.exitCode(), list::toString);
            assertTrue(
                    list.err()
                            .contains("list: user " + vanished + " was not found when read (404): deleted since the"
                                    + " list was read, so it is left out; the others are listed."),
                    list::toString);
            List<String> exported = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(list.out()))
                    .stream()
                    .map(row -> row.get(CsvRows.ID))
                    .toList();
            assertEquals(listed.stream().filter(id -> !id.equals(vanished)).toList(), exported, list::toString);
        }
    }

    /** The ids of the sandbox's own account, in the order IAM's list gives them. */
    private static List<String> ids(IamSandbox sandbox) {
        IamClient iam = IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V3)
                .build();
        return iam.listUsers(null).stream().map(IamUserSummary::getUiIdentityId).toList();
    }
}
