package io.github.iamuser.cli;

import io.github.iamuser.LibraryInfo;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iam-user} command line: get and update Akamai IAM user profiles safely, list the
 * lookups, and serve or demo the local sandbox; every command ends with one of the exit codes below.
 */
@Command(
        name = "iam-user",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            GetCommand.class,
            UpdateCommand.class,
            GrantsCommand.class,
            NotificationsCommand.class,
            ListCommand.class,
            BulkCommand.class,
            RestoreCommand.class,
            LookupsCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class IamUserCli implements Runnable {
    /** Exit code of a command done as asked. */
    public static final int OK = 0;
    /** Exit code of a failed call to the API or the network, or of any failure once a request went out. */
    public static final int API_ERROR = 1;
    /** Exit code of bad usage or invalid input; nothing that changes data was sent. */
    public static final int USAGE_ERROR = 2;
    /** Exit code of an update the server stored otherwise than sent (the difference is printed). */
    public static final int STORED_DIFFERENTLY = 3;

    /** The exit codes, as every command's --help lists them. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    /** The prefix of slf4j-simple's system properties. */
    static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.";

    /** The logger edgegrid-signer-core 6.0.2 writes what it signs to, below INFO. */
    private static final String SIGNER_LOGGER = SIMPLE_LOGGER + "log.com.akamai.edgegrid.signer";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing command: try 'iam-user demo', or 'iam-user --help' for the list.");
    }

    /** Runs the command line and exits with its code; everything printed to stderr is redacted. */
    public static void main(String[] args) {
        keepSignerQuiet();
        System.setProperty(SIMPLE_LOGGER + "logFile", "System.err");
        System.setProperty(SIMPLE_LOGGER + "cacheOutputStream", "false");
        Redactor redactor = new Redactor();
        PrintWriter out = SafeWriter.wrap(new PrintWriter(System.out, true), redactor);
        PrintWriter err = SafeWriter.wrap(new PrintWriter(System.err, true), redactor);
        System.setErr(SafeWriter.printStream(err)); // slf4j-simple's lines (--verbose) go through the redaction too
        System.exit(execute(System.getenv(), redactor, out, err, args));
    }

    /** Runs the command line with the given environment and output, and returns the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        keepSignerQuiet();
        Redactor redactor = new Redactor();
        return execute(env, redactor, SafeWriter.wrap(out, redactor), SafeWriter.wrap(err, redactor), args);
    }

    /**
     * Sets edgegrid-signer-core's logger to INFO, whatever the system properties said: below INFO it
     * logs the data it signs and the signature, together a working Authorization header.
     */
    static void keepSignerQuiet() {
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(SIGNER_LOGGER + "."))
                .forEach(name -> System.setProperty(name, "info"));
        System.setProperty(SIGNER_LOGGER, "info");
    }

    private static int execute(
            Map<String, String> env, Redactor redactor, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new IamUserCli(), new Factory(env, redactor));
        cli.getCommandSpec()
                .usageMessage()
                .description("Read and safely update Akamai IAM user profiles (IAM API "
                        + String.join(", ", LibraryInfo.iamApiVersions()) + "), one or in bulk.");
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Stream.concat(Stream.of(cli), cli.getSubcommands().values().stream())
                .forEach(c -> c.getCommandSpec()
                        .usageMessage()
                        .exitCodeListHeading("%nExit codes:%n")
                        .exitCodeList(EXIT_CODES));
        cli.setParameterExceptionHandler((e, a) -> ErrorReport.usage(e, err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> command.getCommand() instanceof CliCommand c
                ? ErrorReport.print(e, err, c.verbose, c.requestSent())
                : ErrorReport.print(e, err, false, false));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "done as asked");
        codes.put(Integer.toString(API_ERROR), "API or network error, or a failure after a request went out");
        codes.put(Integer.toString(USAGE_ERROR), "usage or validation error: nothing that changes data was sent");
        codes.put(
                Integer.toString(STORED_DIFFERENTLY),
                "sent, but the server stored something other than what was sent (the difference is printed)");
        return Collections.unmodifiableMap(codes);
    }

    /** Gives commands the environment to read credentials from, and the redactor to register them with. */
    private record Factory(Map<String, String> env, Redactor redactor) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ConnectionOptions.class) {
                return type.cast(new ConnectionOptions(env, redactor));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
