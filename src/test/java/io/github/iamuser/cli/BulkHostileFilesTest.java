package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged or hand-edited bulk files, journals and backups, against the sandbox in process: each is a
 * usage error that names the file's line, the rule and what to do, and nothing is sent.
 */
class BulkHostileFilesTest {
    private static IamSandbox sandbox;
    private static CliHome home;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.builder().users(4).start();
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

    private CliRun refused(String command, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        args.addAll(List.of(more));
        CliRun run = cli(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(run.err().contains("unexpected failure"), run::toString);
        assertTrue(sandbox.requests().isEmpty(), () -> file + " sent " + sandbox.requests());
        return run;
    }

    @Test
    void aCsvWithAQuoteNeverClosedNamesTheQuotingRule() throws IOException {
        Path file = dir.resolve("open.csv");
        Files.writeString(file, "uiIdentityId,jobTitle\nA-B-1CDEFG,\"Head of R&D, EMEA\n");

        CliRun run = refused("bulk", file);

        assertTrue(run.err().contains("line 2"), run::toString);
        assertTrue(run.err().contains("\"\""), run::toString); // how to write a quote inside a quoted value
    }

    @Test
    void aRepeatedOrPaddedColumnIsNamedAsTheUserWroteIt() throws IOException {
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "uiIdentityId,jobTitle,jobTitle\nA-B-1CDEFG,CTO,CEO\n");
        Path padded = dir.resolve("padded.csv");
        Files.writeString(padded, "uiIdentityId, jobTitle\nA-B-1CDEFG,CTO\n");

        CliRun repeated = refused("bulk", twice);
        CliRun spaced = refused("bulk", padded);

        assertTrue(repeated.err().contains("jobTitle twice"), repeated::toString);
        assertFalse(repeated.err().contains("CSVFormat"), repeated::toString); // a library's advice to programmers
        assertTrue(spaced.err().contains("\" jobTitle\""), spaced::toString);
    }

    @Test
    void aJournalLineWithAnUnknownOrMissingStatusIsNamed() throws IOException {
        String user = SandboxUsers.generatedUser(0);
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "uiIdentityId,jobTitle\n" + user + ",Lead\n");
        Path journal = dir.resolve("run.journal");
        assertEquals(
                0, cli("bulk", file.toString(), "--journal", journal.toString()).exitCode());
        String written = Files.readString(journal);
        sandbox.reset();

        for (String status : List.of(",\"status\":\"BOGUS\"", "")) {
            Files.writeString(journal, written.replace(",\"status\":\"APPLIED\"", status));

            CliRun run = refused("bulk", file, "--journal", journal.toString());

            assertTrue(run.err().contains(journal + " line 2"), run::toString);
            assertTrue(run.err().contains("APPLIED"), run::toString); // the statuses a journal holds
        }
    }

    @Test
    void aBackupThatMixesTheTwoApiVersionsIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("rows.jsonl");
        Files.writeString(
                file,
                "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(1) + "\", \"set\": {\"jobTitle\": \"Lead\"}}\n"
                        + "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(2)
                        + "\", \"set\": {\"jobTitle\": \"Lead\"}}\n");
        Path backup = dir.resolve("run.backup");
        assertEquals( // a v2 backup, whose lines toV3 turns into v3 ones
                0,
                cli("bulk", file.toString(), "--backup", backup.toString(), "--api-version", "2")
                        .exitCode());
        // The two users' entries (each PUT's before and after), whichever order the run wrote them and their outcome
        // lines in.
        List<String> lines = Files.readAllLines(backup).stream()
                .filter(line -> line.contains("\"after\""))
                .toList();
        sandbox.reset();

        Path oneSide = dir.resolve("one-side.backup"); // line 2's after is a v3 profile, its before v2
        Files.write(oneSide, List.of(lines.get(0), toV3(lines.get(1), "after")));
        Path secondLine = dir.resolve("second-line.backup"); // line 2 is a v3 entry, line 1 a v2 one
        Files.write(secondLine, List.of(lines.get(0), toV3(toV3(lines.get(1), "after"), "before")));

        for (Path mixed : List.of(oneSide, secondLine)) {
            for (String version : List.of("2", "3")) {
                CliRun run = refused("restore", mixed, "--api-version", version);

                assertTrue(run.err().contains(mixed + " line 2"), run::toString);
                assertTrue(run.err().contains("IAM v2") && run.err().contains("IAM v3"), run::toString);
            }
        }
    }

    @Test
    void aJournalOrBackupThatIsAnotherOfTheRunsFilesIsRefusedAndNoFileIsWritten() throws IOException {
        Path file = dir.resolve("rows.jsonl");
        String rows =
                "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(3) + "\", \"set\": {\"jobTitle\": \"Lead\"}}\n";
        Files.writeString(file, rows);
        Path shared = dir.resolve("run.log");
        Path viaDots = dir.resolve("sub").resolve("..").resolve("run.log");

        CliRun both = refused("bulk", file, "--journal", shared.toString(), "--backup", viaDots.toString());
        CliRun input = refused("bulk", file, "--backup", file.toString());

        assertTrue(both.err().contains("--backup and --journal"), both::toString);
        assertFalse(both.err().contains("another run"), both::toString);
        assertFalse(Files.exists(shared), "no journal or backup written");
        assertTrue(input.err().contains("--backup"), input::toString);
        assertEquals(rows, Files.readString(file), "the bulk file is left as it was");
    }

    @Test
    void aJournalOrBackupInAFolderThatDoesNotExistIsNamed() throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "uiIdentityId,jobTitle\n" + SandboxUsers.generatedUser(3) + ",Lead\n");
        Path missing = dir.resolve("no-such-folder").resolve("run.journal");

        for (String option : List.of("--journal", "--backup")) {
            CliRun run = refused("bulk", file, option, missing.toString());

            assertTrue(run.err().contains(missing + " cannot be created"), run::toString);
        }
    }

    @Test
    void aJsonLineThatRepeatsAMemberOrIsNotStrictJsonIsRefusedNamingTheLine() throws IOException {
        String first =
                "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(0) + "\", \"set\": {\"city\": \"Boston\"}}\n";
        Map<String, String> lines = Map.of(
                "user.jsonl", "{\"uiIdentityId\": \"A-B-1CDEFG\", \"uiIdentityId\": \"A-B-2HIJKL\"}",
                "set.jsonl",
                        "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"city\": \"A\"}, \"set\": {\"state\": \"B\"}}",
                "field.jsonl", "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"city\": \"A\", \"city\": \"B\"}}",
                "unquoted.jsonl", "{uiIdentityId: 'A-B-1CDEFG', set: {jobTitle: CTO}}");
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Path file = dir.resolve(line.getKey());
            Files.writeString(file, first + line.getValue() + "\n");

            CliRun run = refused("bulk", file);

            assertTrue(run.err().contains("line 2 "), run::toString);
            if (!line.getKey().equals("unquoted.jsonl")) {
                assertTrue(run.err().contains("twice"), run::toString);
            }
        }
    }

    @Test
    void aFolderGivenAsTheBulkFileOrTheBackupIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("rows.csv"));

        for (String command : List.of("bulk", "restore")) {
            CliRun run = refused(command, folder);

            assertTrue(
                    Pattern.compile(Pattern.quote(folder.toString()) + ":? cannot be read")
                            .matcher(run.err())
                            .find(),
                    run::toString);
        }
        Path file = dir.resolve("rows.jsonl");
        Files.writeString(file, "{\"uiIdentityId\": \"" + SandboxUsers.generatedUser(3) + "\", \"set\": {}}\n");
        for (List<String> options : List.of(
                List.of("--journal", folder.toString()),
                List.of("--journal", folder.toString(), "--dry-run"), // read, not written
                List.of("--backup", folder.toString()))) {
            CliRun run = refused("bulk", file, options.toArray(String[]::new));

            assertTrue(run.err().contains(folder + " cannot be"), run::toString);
        }
    }

    /** The backup line with {@code member}'s tfaEnabled replaced by v3's additionalAuthentication. */
    private static String toV3(String line, String member) {
        JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
        JsonObject profile = entry.getAsJsonObject(member);
        boolean on = profile.remove("tfaEnabled").getAsBoolean();
        profile.addProperty("additionalAuthentication", on ? "TFA" : "NONE");
        return entry.toString();
    }
}
