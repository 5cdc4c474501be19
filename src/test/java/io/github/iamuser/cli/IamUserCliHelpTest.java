package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Akamai's CLI habits in {@code --help}: {@code -e} and {@code -s} on every API command and in the
 * top-level help, each command listing only the exit codes it can end with, and text that is broken
 * at spaces only, never inside a path or a flag.
 */
class IamUserCliHelpTest {
    @AfterEach
    void defaultWidth() {
        System.clearProperty("picocli.usage.width");
    }

    private static String help(String command) {
        CliRun run = command.isEmpty() ? CliRun.of(Map.of(), "--help") : CliRun.of(Map.of(), command, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "get", "update", "list", "bulk", "restore", "lookups", "sandbox", "demo", "completion"})
    void at80ColumnsNoLineIsLongerAndNoPathOrFlagIsBroken(String command) {
        String help = help(command);
        System.setProperty("picocli.usage.width", "400");
        String unwrapped = help(command);

        help.lines().forEach(line -> assertTrue(line.length() <= 80, () -> "longer than 80: " + line));
        assertFalse(help.contains("~/. "), help);
        assertFalse(help.contains("~/.\n"), help);
        assertEquals(Arrays.asList(unwrapped.split("\\s+")), Arrays.asList(help.split("\\s+")), "the same words");
    }

    @Test
    void theTopLevelHelpListsTheApiCommandsOptionsWithTheirShortForms() {
        String help = help("");

        assertTrue(
                help.contains("Options of the API commands (get, update, grants, notifications, list, bulk,\n"
                        + "restore, lookups), after the command's name:\n"),
                help);
        assertTrue(
                help.contains("\n  -e, --edgerc=FILE       The .edgerc file (default: $AKAMAI_EDGERC, else\n"), help);
        assertTrue(help.contains("\n  -s, --section=NAME      The .edgerc section"), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "grants", "notifications", "list", "bulk", "restore", "lookups"})
    void everyApiCommandTakesTheShortForms(String command) {
        String help = help(command);

        assertTrue(help.contains("\n  -e, --edgerc=FILE "), help);
        assertTrue(help.contains("\n  -s, --section=NAME "), help);
    }

    @Test
    void theShortFormsChooseTheFileAndSection(@TempDir Path home) throws Exception {
        try (IamSandbox sandbox = IamSandbox.start()) {
            CliHome cli = CliHome.sandbox(home, sandbox);

            CliRun run = cli.run("get", SandboxUsers.US_USER, "-e", cli.edgerc().toString(), "-s", "sandbox");

            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(1, sandbox.requests().size());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "get, '0,1,2'",
        "list, '0,1,2'",
        "lookups, '0,1,2'",
        "demo, '0,1,2'",
        "update, '0,1,2,3'",
        "grants, '0,1,2,3'",
        "notifications, '0,1,2,3'",
        "bulk, '0,1,2,3'",
        "restore, '0,1,2,3'",
        "sandbox, '0,2'",
        "completion, '0,2'",
        "help, '0,2'",
        "'', '0,1,2,3'"
    })
    void eachCommandListsOnlyTheExitCodesItCanEndWith(String command, String codes) {
        String help = help(command);
        String list = help.substring(help.indexOf("Exit codes:\n") + "Exit codes:\n".length());

        List<String> listed = list.lines()
                .filter(line -> line.matches("  \\d   .*"))
                .map(line -> line.substring(2, 3))
                .toList();

        assertEquals(List.of(codes.split(",")), listed, help);
    }
}
