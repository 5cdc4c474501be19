package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV as Excel, LibreOffice and Google Sheets save it, applied by {@code bulk} to the sandbox in process:
 * booleans TRUE and FALSE, nameless columns at the end of the header, semicolons as separators, and CSV
 * from standard input.
 */
class BulkSpreadsheetCsvTest {
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

    private static JsonObject profile(String id) {
        return ProfileField.profileOf(sandbox.user(null, id), ApiVersion.V2);
    }

    @Test
    void booleansTrueAndFalseInAnyCaseAreReadForTfaEnabled() throws IOException {
        String a = SandboxUsers.generatedUser(0);
        String b = SandboxUsers.generatedUser(1);
        boolean aWas = profile(a).get("tfaEnabled").getAsBoolean();
        boolean bWas = profile(b).get("tfaEnabled").getAsBoolean();
        Path file = Files.writeString(
                dir.resolve("tfa.csv"),
                "uiIdentityId,tfaEnabled\r\n" + a + "," + (aWas ? "FALSE" : "TRUE") + "\r\n" + b + ", "
                        + (bWas ? "fAlSe" : "True") + " \r\n");

        CliRun run = home.cli("bulk", file.toString(), "--api-version", "2");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(!aWas, profile(a).get("tfaEnabled").getAsBoolean());
        assertEquals(!bWas, profile(b).get("tfaEnabled").getAsBoolean());
    }

    @Test
    void namelessColumnsAtTheEndOfTheHeaderAreLeftOutWithTheirEmptyCells() throws IOException {
        String id = SandboxUsers.generatedUser(2);
        Path file = Files.writeString(dir.resolve("wide.csv"), "uiIdentityId,jobTitle,,\r\n" + id + ",Widened,,\r\n");

        CliRun run = home.cli("bulk", file.toString(), "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("Widened", profile(id).get("jobTitle").getAsString());
    }

    @Test
    void aValueUnderANamelessColumnOrANamelessColumnBeforeNamedOnesIsRefusedNamingIt() throws IOException {
        String id = SandboxUsers.generatedUser(2);
        Path stray = Files.writeString(
                dir.resolve("stray.csv"), "uiIdentityId,jobTitle,,\n" + id + ",CTO,,\n" + id + ",CEO,,note\n");
        Path gap = Files.writeString(dir.resolve("gap.csv"), "uiIdentityId,,jobTitle\n" + id + ",,CTO\n");

        CliRun strayRun = home.cli("bulk", stray.toString(), "--api-version", "3");
        CliRun gapRun = home.cli("bulk", gap.toString(), "--api-version", "3");

        assertEquals(2, strayRun.exitCode(), strayRun::toString);
        assertTrue(
                strayRun.err().contains("line 3 has a value in column 4, which the header leaves without a name"),
                strayRun::toString);
        assertEquals(2, gapRun.exitCode(), gapRun::toString);
        assertTrue(gapRun.err().contains("column 2 of the header has no name"), gapRun::toString);
        assertEquals(0, sandbox.putCount(), "nothing was sent");
    }

    @Test
    void aSemicolonSeparatedFileIsReadByItsHeader() throws IOException {
        String id = SandboxUsers.generatedUser(3);
        Path file = Files.writeString(
                dir.resolve("semicolons.csv"),
                "\uFEFFuiIdentityId;jobTitle;city\r\n" + id + ";Head of R&D, EMEA;\"Köln; Rhein\"\r\n",
                StandardCharsets.UTF_8);

        CliRun run = home.cli("bulk", file.toString(), "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("Head of R&D, EMEA", profile(id).get("jobTitle").getAsString());
        assertEquals("Köln; Rhein", profile(id).get("city").getAsString());
    }

    @Test
    void csvComesFromStandardInputWithFormatCsvAndJsonLinesStayTheDefault() throws IOException {
        String id = SandboxUsers.US_USER;
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    ("uiIdentityId,jobTitle\n" + id + ",From stdin\n").getBytes(StandardCharsets.UTF_8)));
            CliRun csv = home.cli("bulk", "-", "--format", "csv", "--api-version", "3");
            assertEquals(0, csv.exitCode(), csv::toString);
            assertEquals("From stdin", profile(id).get("jobTitle").getAsString());

            System.setIn(new ByteArrayInputStream(
                    ("{\"uiIdentityId\": \"" + id + "\", \"set\": {\"jobTitle\":" + " \"From JSON Lines\"}}\n")
                            .getBytes(StandardCharsets.UTF_8)));
            CliRun jsonl = home.cli("bulk", "-", "--api-version", "3");
            assertEquals(0, jsonl.exitCode(), jsonl::toString);
            assertEquals("From JSON Lines", profile(id).get("jobTitle").getAsString());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void formatCsvReadsAFileWhateverItsName() throws IOException {
        String id = SandboxUsers.GERMAN_USER;
        Path file = Files.writeString(dir.resolve("export.txt"), "uiIdentityId,jobTitle\n" + id + ",Named freely\n");

        CliRun run = home.cli("bulk", file.toString(), "--format", "CSV", "--api-version", "3");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("Named freely", profile(id).get("jobTitle").getAsString());
    }
}
