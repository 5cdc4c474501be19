package io.github.iamuser.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iam-user} command line: get and update Akamai IAM user profiles safely, list the
 * lookups, and serve or demo the local sandbox. Exit codes: 0 success, 1 API or network error,
 * 2 usage or validation error (nothing sent).
 */
@Command(
        name = "iam-user",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Read and safely update Akamai IAM user profiles (IAM API v2).",
        subcommands = {
            GetCommand.class,
            UpdateCommand.class,
            LookupsCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:API or network error", "2:usage or validation error (nothing sent)"})
public final class IamUserCli implements Runnable {
    /** Exit code of a failed call to the API or the network. */
    public static final int API_ERROR = 1;
    /** Exit code of bad usage or invalid input; nothing was sent. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing command: try 'iam-user demo', or 'iam-user --help' for the list.");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given environment and output, and returns the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new IamUserCli(), new Factory(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(ErrorReport::exitCode);
        cli.setParameterExceptionHandler((e, a) -> ErrorReport.usage(e, err));
        cli.setExecutionExceptionHandler((e, command, parsed) ->
                ErrorReport.print(e, err, command.getCommand() instanceof OutputCommand c && c.output.verbose));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Gives commands the environment to read credentials from. */
    private record Factory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ConnectionOptions.class) {
                return type.cast(new ConnectionOptions(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
