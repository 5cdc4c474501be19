package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code list --csv}, {@code list --json}, {@code get --json} and an update's {@code --json} print is data: never redacted
 * (a job title may well read like a credential's label), and an export followed by a bulk of the
 * unedited file changes nothing, whatever the value holds.
 */
class DataOutputIsDataTest {
    private static IamSandbox sandbox;
    private static CliHome home;
    private static IamClient iam;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.start();
        home = CliHome.sandbox(tempHome, sandbox);
        iam = IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V3)
                .build();
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

    @Test
    void aJobTitleThatReadsLikeAnAuthorizationHeaderIsExportedExactly() {
        iam.updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("Head of Authorization: EMEA"));

        CliRun csv = cli("list", "--csv", "--api-version", "3");
        CliRun json = cli("get", SandboxUsers.US_USER, "--json", "--api-version", "3");

        assertEquals(0, csv.exitCode(), csv::toString);
        assertTrue(csv.out().contains(",Head of Authorization: EMEA,"), csv::toString);
        assertEquals(0, json.exitCode(), json::toString);
        assertTrue(json.out().contains("\"jobTitle\": \"Head of Authorization: EMEA\""), json::toString);
    }

    @Test
    void aNotificationsDryRunAsJsonShowsAProductThatReadsLikeACredentialsLabelExactly() {
        CliRun run = cli(
                "notifications", SandboxUsers.US_USER, "--proactive-add", "client_secret=abc", "--dry-run", "--json");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\"client_secret=abc\""), run::toString);
        assertFalse(run.out().contains("<redacted>"), run::toString);
    }

    @Test
    void anExportThenABulkOfTheUneditedFileChangesNothingAndTheJsonHoldsEveryValueExactly() throws IOException {
        Map<String, Map<String, String>> values = Map.of(
                SandboxUsers.US_USER,
                Map.of(
                        "jobTitle", "Head of Authorization: EMEA",
                        "address", "Authorization=Bearer 123; client_secret=abc",
                        "city", "EG1-HMAC-SHA256 client_token=akab-x access_token=akab-y signature=z",
                        "firstName", "Müller \"東京\" 👩‍💻",
                        "lastName", "a literal \\u001b, \\u000d and \\u005c"),
                SandboxUsers.GERMAN_USER,
                Map.of(
                        "jobTitle", "'quoted' \\",
                        "address", "C:\\new\\user\\",
                        "city", "=HYPERLINK(\"http://x\") +1 617 @me",
                        "lastName", "\u202Eevil\u202C \u2028 \u200F"));
        values.forEach((user, fields) -> iam.updateProfile(user, c -> fields.forEach(c::set)));
        long putsBefore = sandbox.putCount();

        CliRun csv = cli("list", "--csv", "--api-version", "3");
        CliRun list = cli("list", "--json", "--api-version", "3");

        assertEquals(0, list.exitCode(), list::toString);
        for (JsonElement listed : JsonParser.parseString(list.out()).getAsJsonArray()) {
            JsonObject user = listed.getAsJsonObject();
            values.getOrDefault(user.get("uiIdentityId").getAsString(), Map.of())
                    .forEach((field, value) ->
                            assertEquals(value, user.get(field).getAsString(), field));
        }
        for (Map.Entry<String, Map<String, String>> user : values.entrySet()) {
            CliRun get = cli("get", user.getKey(), "--json", "--api-version", "3");
            assertEquals(0, get.exitCode(), get::toString);
            JsonObject got = JsonParser.parseString(get.out()).getAsJsonObject();
            user.getValue()
                    .forEach(
                            (field, value) -> assertEquals(value, got.get(field).getAsString(), field));
        }
        assertEquals(0, csv.exitCode(), csv::toString);
        csv.out()
                .replace("\r\n", "\n") // CSV's record separator
                .chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
                .findFirst()
                .ifPresent(c -> fail(String.format("U+%04X printed in%n%s", c, csv)));
        Path file = Files.writeString(home.home().resolve("users.csv"), csv.out());

        CliRun bulk = cli("bulk", file.toString(), "--json", "--api-version", "3");

        assertEquals(0, bulk.exitCode(), bulk::toString);
        assertEquals(putsBefore, sandbox.putCount(), () -> "nothing is PUT for an unedited export\n" + bulk);
    }

    @Test
    void bulkJsonRowsAreDataButTheirProblemsAreMessagesAndRedacted() throws IOException {
        sandbox.faults() // a server that echoes the header it got, as an edge may
                .enqueue(Fault.nonJsonError(400, "Bad header Authorization: EG1-HMAC-SHA256 client_token=akab-x")
                        .onlyFor(
                                "PUT", "/identity-management/v3/user-admin/ui-identities/" + SandboxUsers.GERMAN_USER));
        Path rows = Files.writeString(
                home.home().resolve("rows.jsonl"),
                "{\"uiIdentityId\": \"" + SandboxUsers.US_USER + "\", \"set\": {\"jobTitle\": \"Head of Authorization:"
                        + " EMEA\"}}\n{\"uiIdentityId\": \"" + SandboxUsers.GERMAN_USER
                        + "\", \"set\": {\"jobTitle\":"
                        + " \"Boss\"}}\n");

        CliRun bulk = cli("bulk", rows.toString(), "--json", "--api-version", "3");

        assertEquals(1, bulk.exitCode(), bulk::toString);
        Map<String, JsonObject> results = bulk.out()
                .lines()
                .map(line -> JsonParser.parseString(line).getAsJsonObject())
                .collect(Collectors.toMap(row -> row.get("uiIdentityId").getAsString(), row -> row));
        JsonObject applied = results.get(SandboxUsers.US_USER);
        JsonObject failed = results.get(SandboxUsers.GERMAN_USER);
        assertEquals("APPLIED", applied.get("status").getAsString(), bulk::toString);
        assertEquals(
                "Head of Authorization: EMEA",
                applied.getAsJsonArray("changes")
                        .get(0)
                        .getAsJsonObject()
                        .get("after")
                        .getAsString());
        assertEquals("FAILED", failed.get("status").getAsString(), bulk::toString);
        String problems = failed.get("problems").toString();
        assertTrue(problems.contains("Authorization: <redacted>"), problems);
        assertFalse(problems.contains("akab-x"), problems);
    }
}
