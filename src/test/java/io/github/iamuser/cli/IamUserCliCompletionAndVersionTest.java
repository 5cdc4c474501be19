package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.internal.LibraryInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code iam-user completion} (a script that bash really completes with) and {@code iam-user --version}. */
class IamUserCliCompletionAndVersionTest {
    private static final List<String> EVERY_COMMAND = List.of(
            "get",
            "update",
            "grants",
            "notifications",
            "list",
            "bulk",
            "restore",
            "lookups",
            "sandbox",
            "demo",
            "completion",
            "help");
    private static String script;
    private static Path scriptFile;

    @BeforeAll
    static void printTheScript(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of(Map.of(), "completion");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        script = run.out();
        scriptFile = Files.writeString(dir.resolve("iam-user-completion.bash"), script);
    }

    @Test
    void theScriptNamesEveryCommandAndEveryOptionOfEach() {
        CommandLine cli = IamUserCli.commandLine(
                Map.of(), new Redactor(), new java.io.PrintWriter(java.io.Writer.nullWriter()), "completion");
        assertEquals(EVERY_COMMAND, List.copyOf(cli.getSubcommands().keySet()));
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            assertTrue(script.contains("function _picocli_iam-user_" + command.getKey() + "()"), command.getKey());
            CommandSpec spec = command.getValue().getCommandSpec();
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    assertTrue(script.contains("'" + name + "'"), command.getKey() + " " + name);
                }
            }
        }
        assertTrue(script.contains("complete -F _complete_iam-user -o default iam-user"), script);
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndAMistypedOneIsAUsageError() {
        CliRun help = CliRun.of(Map.of(), "--help");
        assertEquals(0, help.exitCode(), help::toString);
        String commands = help.out()
                .substring(help.out().indexOf("Commands:"), help.out().indexOf("Options of the API commands"));
        assertEquals(
                EVERY_COMMAND,
                commands.lines()
                        .filter(l -> l.matches("  \\S.*")) // a command's first line; its description wraps deeper
                        .map(l -> l.strip().split(" ")[0])
                        .toList(),
                help::toString);
        CliRun helpGet = CliRun.of(Map.of(), "help", "get");
        assertEquals(0, helpGet.exitCode(), helpGet::toString);
        assertTrue(helpGet.out().startsWith("Usage: iam-user get"), helpGet::toString);
        CliRun typo = CliRun.of(Map.of(), "updat", "A-B-1CDEFG");
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("Unmatched arguments from index 0: 'updat'"), typo::toString);
        assertTrue(typo.err().contains("Run 'iam-user --help' for usage."), typo::toString);
    }

    @Test
    void aCommandRunsWithOnlyItselfAddedAndKeepsItsHelp() {
        assertEquals(
                List.of("get"),
                List.copyOf(IamUserCli.commandLine(
                                Map.of(), new Redactor(), new java.io.PrintWriter(java.io.Writer.nullWriter()), "get")
                        .getSubcommands()
                        .keySet()));
        assertEquals(
                EVERY_COMMAND,
                List.copyOf(IamUserCli.commandLine(
                                Map.of(), new Redactor(), new java.io.PrintWriter(java.io.Writer.nullWriter()), "help")
                        .getSubcommands()
                        .keySet()));
    }

    @Test
    void zshLoadsItThroughBashcompinit() {
        assertTrue(script.contains("elif [ -n \"$ZSH_VERSION\" ]; then"), script);
        assertTrue(script.contains("autoload -U +X bashcompinit && bashcompinit"), script);
    }

    @Test
    void bashCompletesCommandsOptionsAndValues() throws Exception {
        assertEquals(List.of("update"), complete("iam-user", "upd"));
        assertEquals(List.of("--dry-run"), complete("iam-user", "update", "A-B-1CDEFG", "--dry"));
        assertEquals(List.of("mobilePhone"), complete("iam-user", "update", "A-B-1CDEFG", "--clear", "mob"));
        assertEquals(
                List.of("contact-types", "countries", "states", "languages", "timeout-policies", "time-zones"),
                complete("iam-user", "lookups", ""));
    }

    @Test
    void versionNamesTheCommandLineTheLibraryTheApiVersionsAndJava() {
        CliRun run = CliRun.of(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(
                List.of(
                        "iam-user dev", // run from compiled classes: no manifest (PackagedArtifactsIT runs the jar)
                        "library: akamai-iam-user dev",
                        "IAM API: " + String.join(", ", LibraryInfo.iamApiVersions()),
                        "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                                + System.getProperty("java.vendor") + ")"),
                run.out().lines().toList());
        assertEquals(run.out(), CliRun.of(Map.of(), "update", "--version").out(), "every command's --version");
    }

    /** What bash offers for the last word, with the script loaded as {@code source <(iam-user completion)} would. */
    private static List<String> complete(String... words) throws Exception {
        String array =
                String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList());
        String program = "source '" + scriptFile + "'\n"
                + "compopt() { :; }\n" // bash allows compopt only while it is completing for real
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_iam-user\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not end");
        assertEquals(0, bash.exitValue(), out);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
