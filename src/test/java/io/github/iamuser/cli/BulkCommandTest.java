package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code list}, {@code bulk} and {@code restore} end to end against the sandbox, in process. */
class BulkCommandTest {
    private static final int USERS = 12;
    private static IamSandbox sandbox;
    private static CliHome home;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.builder().users(USERS).start();
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

    static CliRun cli(String... args) {
        return home.cli(args);
    }

    private static JsonObject profile(String id) {
        return ProfileField.profileOf(sandbox.user(null, id), ApiVersion.V2);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVParser.parse(
                        new StringReader(text),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                .getRecords();
    }

    @Test
    void listCsvHasTheHeaderOfTheFieldTableAndEveryUser() throws IOException {
        CliRun run = cli("list", "--csv");
        assertEquals(0, run.exitCode(), run::toString);
        String header = run.out().lines().findFirst().orElseThrow();
        assertEquals("uiIdentityId," + String.join(",", ProfileField.names(ApiVersion.V3)), header); // the default
        List<CSVRecord> rows = csv(run.out());
        assertEquals(3 + SandboxUsers.LOAD_USER_COUNT + USERS, rows.size(), run::toString);
        CSVRecord ada = rows.stream()
                .filter(r -> r.get("uiIdentityId").equals(SandboxUsers.US_USER))
                .findFirst()
                .orElseThrow();
        assertEquals("Chief Engineer", ada.get("jobTitle"));
        assertEquals("TFA", ada.get("additionalAuthentication"));
        assertEquals("1800", ada.get("sessionTimeOut"));
        assertEquals(0, sandbox.putCount());
    }

    /** A blank cell clears: v2 sends the field as "", v3 leaves it out of the PUT. */
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void whatListWritesBulkTakesBackAndOnlyEditedRowsAreSent(ApiVersion version) throws IOException {
        String option = String.valueOf(version.number());
        List<CSVRecord> rows = csv(cli("list", "--csv", "--api-version", option).out());
        List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        Path file = dir.resolve("users.csv");
        StringBuilder text = new StringBuilder("\uFEFF"); // as a spreadsheet saves "CSV UTF-8"
        try (CSVPrinter printer = new CSVPrinter(
                text,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (CSVRecord row : rows) {
                List<String> cells = new ArrayList<>(row.toList());
                String id = row.get("uiIdentityId");
                if (id.equals(SandboxUsers.generatedUser(0))) {
                    cells.set(header.indexOf("jobTitle"), "Head of \"R&D\", EMEA"); // quotes and a comma
                }
                if (id.equals(SandboxUsers.US_USER)) {
                    cells.set(header.indexOf("mobilePhone"), ""); // a blank cell clears
                }
                printer.printRecord(cells);
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        JsonObject adaBefore = profile(SandboxUsers.US_USER);

        CliRun run = cli("bulk", file.toString(), "--api-version", option);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(2, sandbox.putCount(), run::toString);
        JsonObject adaPut = sandbox.requests().stream()
                .filter(r -> r.method().equals("PUT") && r.rawPath().contains(SandboxUsers.US_USER))
                .map(r -> JsonParser.parseString(r.body()).getAsJsonObject())
                .findFirst()
                .orElseThrow();
        assertEquals(version == ApiVersion.V2, adaPut.has("mobilePhone"), adaPut::toString);
        assertEquals(
                ProfileField.names(version).size() - (version == ApiVersion.V2 ? 0 : 1),
                adaPut.size(),
                adaPut::toString);
        if (version == ApiVersion.V2) {
            assertEquals("", adaPut.get("mobilePhone").getAsString());
        }
        assertEquals(
                "Head of \"R&D\", EMEA",
                profile(SandboxUsers.generatedUser(0)).get("jobTitle").getAsString());
        JsonObject ada = profile(SandboxUsers.US_USER);
        assertEquals("", ada.get("mobilePhone").getAsString());
        adaBefore.addProperty("mobilePhone", "");
        assertEquals(adaBefore, ada, "every other field kept");
        assertTrue(run.err().contains("applied 2, unchanged " + (rows.size() - 2) + ", failed 0"), run::toString);
        run.assertNoControlCharacters();
    }

    @Test
    void listCsvLeadsAFormulaWithAQuoteAndBulkReadsEitherFormBackUnchanged() throws IOException {
        String id = SandboxUsers.generatedUser(1);
        String formula = "=HYPERLINK(\"http://evil.example\",\"CTO\")";
        IamClient.builder()
                .credential(sandbox.credential())
                .build()
                .updateProfile(
                        id,
                        c -> c.jobTitle(formula)
                                .phone("+1 617 555 0100")
                                .city("'quoted")
                                .address("@home"));
        long puts = sandbox.putCount();
        String text = cli("list", "--csv").out();
        CSVRecord row = csv(text).stream()
                .filter(r -> r.get("uiIdentityId").equals(id))
                .findFirst()
                .orElseThrow();
        // A spreadsheet shows these as text instead of running a formula or making a number of the phone.
        assertEquals("'" + formula, row.get("jobTitle"));
        assertEquals("'+1 617 555 0100", row.get("phone"));
        assertEquals("''quoted", row.get("city"));
        assertEquals("'@home", row.get("address"));

        Path unedited = dir.resolve("unedited.csv");
        Files.writeString(unedited, text, StandardCharsets.UTF_8);
        CliRun run = cli("bulk", unedited.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(puts, sandbox.putCount(), "the file as list wrote it changes nothing: " + run);

        // A spreadsheet that takes the quote as its text mark saves the bare values: also no change.
        Path saved = dir.resolve("saved.csv");
        Files.writeString(
                saved,
                "uiIdentityId,jobTitle,phone,city,address\n" + id + ",\"" + formula.replace("\"", "\"\"")
                        + "\",+1 617 555 0100,'quoted,@home\n",
                StandardCharsets.UTF_8);
        run = cli("bulk", saved.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(puts, sandbox.putCount(), "the bare values are the stored ones: " + run);
        assertEquals(formula, profile(id).get("jobTitle").getAsString());
    }

    @Test
    void rowsOfEmptyCellsASpreadsheetSavedAreSkippedAndARowWithValuesButNoUserIsNamed() throws IOException {
        String id = SandboxUsers.generatedUser(2);
        Path file = dir.resolve("saved.csv");
        Files.writeString(
                file, "uiIdentityId,jobTitle,city\r\n" + id + ",Saved,\r\n,,\r\n , ,\r\n", StandardCharsets.UTF_8);

        CliRun run = cli("bulk", file.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, sandbox.putCount(), run::toString);
        assertEquals("Saved", profile(id).get("jobTitle").getAsString());
        assertTrue(run.err().contains(": 1 rows in"), run::toString);

        Files.writeString(file, "uiIdentityId,jobTitle\n" + id + ",Again\n,Orphan\n", StandardCharsets.UTF_8);
        run = cli("bulk", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("line 3 has no uiIdentityId"), run::toString);
        assertEquals(1, sandbox.putCount(), "nothing more was sent");
    }

    @Test
    void columnsNotListedKeepTheirValues() throws IOException {
        Path file = dir.resolve("titles.csv");
        Files.writeString(file, "uiIdentityId,jobTitle\r\n" + SandboxUsers.GERMAN_USER + ",Rear Admiral\r\n");
        JsonObject before = profile(SandboxUsers.GERMAN_USER);
        CliRun run = cli("bulk", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        before.addProperty("jobTitle", "Rear Admiral");
        assertEquals(before, profile(SandboxUsers.GERMAN_USER));
    }

    @Test
    void jsonlSetsAndClearsAndABadRowIsReportedWhileTheOthersGoOn() throws IOException {
        Path file = dir.resolve("changes.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(1)
                                + "\", \"set\": {\"jobTitle\": \"CTO\", \"sessionTimeOut\": 3600}, \"clear\": [\"secondaryEmail\"]}",
                        "",
                        "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(2)
                                + "\", \"set\": {\"phone\": \"call me\"}}",
                        "{\"uiIdentityId\": \"A-B-NOSUCH\", \"set\": {\"city\": \"Boston\"}}",
                        "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(3)
                                + "\", \"set\": {\"favouriteColour\": \"blue\"}}",
                        "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(4)
                                + "\", \"set\": {\"email\": \"new@example.com\"}}",
                        "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(5)
                                + "\", \"clear\": [\"mobilePhone\"], \"set\": {\"city\": \"Albany\"}}"));

        CliRun run = cli("bulk", file.toString(), "--json");

        assertEquals(1, run.exitCode(), run::toString);
        JsonObject one = profile(SandboxUsers.generatedUser(1));
        assertEquals("CTO", one.get("jobTitle").getAsString());
        assertEquals(3600, one.get("sessionTimeOut").getAsInt());
        assertEquals("", one.get("secondaryEmail").getAsString());
        assertEquals(
                "Albany", profile(SandboxUsers.generatedUser(5)).get("city").getAsString());
        assertEquals(
                "", profile(SandboxUsers.generatedUser(5)).get("mobilePhone").getAsString());
        assertEquals(2, sandbox.putCount(), "only the two good rows were sent");
        String err = run.err();
        assertTrue(
                err.contains(
                        "line 3, user " + SandboxUsers.generatedUser(2) + ": FAILED: phone: must be a phone number"),
                run::toString);
        assertTrue(err.contains("line 4, user A-B-NOSUCH: FAILED: GET "), run::toString);
        assertTrue(
                err.contains(
                        "line 5, user " + SandboxUsers.generatedUser(3) + ": FAILED: favouriteColour: is not a field"),
                run::toString);
        assertTrue(
                err.contains("line 6, user " + SandboxUsers.generatedUser(4)
                        + ": FAILED: email: is the user's login identity"),
                run::toString);
        List<JsonObject> results = run.out()
                .lines()
                .map(l -> JsonParser.parseString(l).getAsJsonObject())
                .toList();
        assertEquals(6, results.size(), run::toString);
        JsonObject failed = results.stream()
                .filter(r -> r.get("line").getAsInt() == 3)
                .findFirst()
                .orElseThrow();
        assertEquals("FAILED", failed.get("status").getAsString());
        assertEquals(
                "phone",
                failed.getAsJsonArray("problems")
                        .get(0)
                        .getAsJsonObject()
                        .get("field")
                        .getAsString());

        CliRun allowed = cli("bulk", file.toString(), "--allow-email-change");
        assertEquals(
                "new@example.com",
                profile(SandboxUsers.generatedUser(4)).get("email").getAsString(),
                allowed::toString);
    }

    @Test
    void aDryRunSendsNoPutAndSaysWhatWouldChange() throws IOException {
        Path file = dir.resolve("dry.jsonl");
        Files.writeString(
                file, "{\"uiIdentityId\": \"" + SandboxUsers.US_USER + "\", \"set\": {\"jobTitle\": \"CTO\"}}\n");
        CliRun run = cli(
                "bulk",
                file.toString(),
                "--dry-run",
                "--json",
                "--journal",
                dir.resolve("j").toString(),
                "--backup",
                dir.resolve("b").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(0, sandbox.putCount());
        assertEquals(
                "Chief Engineer", profile(SandboxUsers.US_USER).get("jobTitle").getAsString());
        assertTrue(run.out().contains("\"status\":\"WOULD_APPLY\""), run::toString);
        assertTrue(run.out().contains("\"before\":\"Chief Engineer\",\"after\":\"CTO\""), run::toString);
        assertFalse(Files.exists(dir.resolve("b")), "no backup without a PUT");
        assertTrue(run.err().contains("dry run, nothing sent"), run::toString);
        assertTrue(run.err().contains("would apply 1"), run::toString);
        assertFalse(run.err().contains("applied"), "a dry run applies nothing: " + run);
    }

    @Test
    void aFileThatCannotBeReadWholeIsAUsageErrorAndNothingIsSent() throws IOException {
        Map<String, String> files = Map.of(
                "unknown.csv", "uiIdentityId,jobTitel\nA-B-1CDEFG,CTO\n",
                "noid.csv", "jobTitle\nCTO\n",
                "twice.csv", "uiIdentityId,jobTitle\nA-B-1CDEFG,CTO\nA-B-1CDEFG,CEO\n",
                "ragged.csv", "uiIdentityId,jobTitle\nA-B-1CDEFG,CTO,extra\n",
                "broken.jsonl", "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"jobTitle\": \"CTO\"}}\n{not json\n",
                "null.jsonl", "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"mobilePhone\": null}}\n",
                "both.jsonl",
                        "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"city\": \"Boston\"}, \"clear\": [\"city\"]}\n",
                "users.txt", "A-B-1CDEFG\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.writeString(file, f.getValue());
            CliRun run = cli("bulk", file.toString());
            assertEquals(2, run.exitCode(), f.getKey() + ": " + run);
            assertTrue(sandbox.requests().isEmpty(), f.getKey() + " sent " + sandbox.requests());
        }
        CliRun twice = cli("bulk", dir.resolve("twice.csv").toString());
        assertTrue(twice.err().contains("A-B-1CDEFG on lines 2 and 3"), twice::toString);
        CliRun ragged = cli("bulk", dir.resolve("ragged.csv").toString());
        assertTrue(ragged.err().contains("line 2 has 3 cells"), ragged::toString);
        CliRun broken = cli("bulk", dir.resolve("broken.jsonl").toString());
        assertTrue(broken.err().contains("line 2 is not a JSON object"), broken::toString);
        CliRun both = cli("bulk", dir.resolve("both.jsonl").toString());
        assertTrue(both.err().contains("line 1: city is both set and cleared: give each field once."), both::toString);
    }

    @Test
    void restoreReturnsTheProfilesAndLeavesAConflictAloneUnlessForced() throws IOException {
        Path file = dir.resolve("bulk.jsonl");
        Path backup = dir.resolve("bulk.backup");
        List<String> ids =
                List.of(SandboxUsers.generatedUser(6), SandboxUsers.generatedUser(7), SandboxUsers.generatedUser(8));
        Map<String, JsonObject> original = new java.util.HashMap<>();
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            original.put(id, profile(id));
            lines.append("{\"uiIdentityId\": \"")
                    .append(id)
                    .append("\", \"set\": {\"city\": \"Boston\", \"state\": \"MA\"}, \"clear\": [\"jobTitle\"]}\n");
        }
        Files.writeString(file, lines);
        assertEquals(
                0, cli("bulk", file.toString(), "--backup", backup.toString()).exitCode());
        assertEquals(
                6, Files.readAllLines(backup).size(), "a line before each PUT, one after it saying it was applied");
        assertEquals(
                0, cli("update", ids.get(0), "--set", "jobTitle=Changed since").exitCode());

        CliRun restore = cli("restore", backup.toString());

        assertEquals(1, restore.exitCode(), restore::toString);
        assertTrue(
                restore.err().contains(", user " + ids.get(0) + ": CONFLICT: jobTitle: changed since the backup"),
                restore::toString);
        assertEquals("Changed since", profile(ids.get(0)).get("jobTitle").getAsString(), "left alone");
        assertEquals(original.get(ids.get(1)), profile(ids.get(1)));
        assertEquals(original.get(ids.get(2)), profile(ids.get(2)));

        CliRun forced = cli("restore", backup.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        for (String id : ids) {
            assertEquals(original.get(id), profile(id), id);
        }
    }

    @Test
    void restoreOfAFileThatIsNotThereIsAUsageErrorAndSendsNothing() {
        Path typo = dir.resolve("typo.backup");
        int before = sandbox.requests().size();

        CliRun restore = cli("restore", typo.toString());

        assertEquals(2, restore.exitCode(), restore::toString);
        assertTrue(
                restore.err().contains(typo + " does not exist: give the file that 'bulk --backup' wrote."),
                restore::toString);
        assertEquals(before, sandbox.requests().size(), "nothing sent");
    }
}
