package io.github.iamuser.cli;

import io.github.iamuser.internal.LibraryInfo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iam-user} command line: get and update Akamai IAM user profiles safely, list the
 * lookups, and serve or demo the local sandbox; every command ends with one of the exit codes below.
 */
@Command(name = "iam-user", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class IamUserCli implements Runnable {
    /** Exit code of a command done as asked. */
    public static final int OK = 0;
    /** Exit code of a failed call to the API or the network, or of any failure once a request went out. */
    public static final int API_ERROR = 1;
    /** Exit code of bad usage or invalid input; nothing that changes data was sent. */
    public static final int USAGE_ERROR = 2;
    /** Exit code of an update the server stored otherwise than sent (the difference is printed). */
    public static final int STORED_DIFFERENTLY = 3;
    /**
     * Exit code of a command whose reader closed its output before the end (as {@code head} does): it
     * stopped there, quietly; the shell's code for a command stopped by SIGPIPE.
     */
    public static final int OUTPUT_CLOSED = 141;

    /** The exit codes and what each means, as --help lists them (a command's lists those it can end with). */
    static final Map<Integer, String> EXIT_CODES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            OK,
            "done as asked",
            API_ERROR,
            "API or network error, a failure after a request went out, or output that could not be written",
            USAGE_ERROR,
            "usage or validation error: nothing that changes data was sent",
            STORED_DIFFERENTLY,
            "sent, but the server stored something other than what was sent (the difference is printed)",
            OUTPUT_CLOSED,
            "the reader closed the output before the end (as head does): stopped there, quietly")));

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

    /**
     * Runs the command line and exits with its code; everything it prints is UTF-8 whatever the locale,
     * and all but data (CSV, JSON) is redacted.
     */
    public static void main(String[] args) {
        keepSignerQuiet();
        System.setProperty(SIMPLE_LOGGER + "logFile", "System.err");
        System.setProperty(SIMPLE_LOGGER + "cacheOutputStream", "false");
        Redactor redactor = new Redactor();
        PrintWriter err = SafeWriter.wrap(utf8(FileDescriptor.err), redactor);
        System.setErr(SafeWriter.printStream(err)); // slf4j-simple's lines (--verbose) go through the redaction too
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!charset.equalsIgnoreCase("UTF-8") && Stream.of(args).anyMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
            err.println("iam-user: an argument holds characters that the locale's character set (" + charset
                    + ") cannot read, and they would be sent as replacement characters: run under a UTF-8 locale,"
                    + " as in 'LC_ALL=C.UTF-8 iam-user ...'. Nothing was sent.");
            System.exit(USAGE_ERROR);
        }
        System.exit(execute(System.getenv(), redactor, utf8(FileDescriptor.out), err, args));
    }

    /** Runs the command line with the given environment and output, and returns the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        keepSignerQuiet();
        Redactor redactor = new Redactor();
        return execute(env, redactor, out, SafeWriter.wrap(err, redactor), args);
    }

    /** A writer of UTF-8 to {@code descriptor} that throws when a write fails (System.out hides that). */
    private static Writer utf8(FileDescriptor descriptor) {
        return new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8);
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
            Map<String, String> env, Redactor redactor, Writer stdout, PrintWriter err, String... args) {
        PrintWriter out = SafeWriter.wrap(stdout, redactor);
        PrintWriter data = SafeWriter.data(stdout);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new VersionProvider().getVersion()) { // what picocli prints, without its model
                out.println(line);
            }
            out.flush();
            return OK;
        }
        CommandLine cli = commandLine(env, redactor, data, args.length == 0 ? "" : args[0]);
        cli.getCommandSpec()
                .usageMessage()
                .description("Read and safely update Akamai IAM user profiles (IAM API "
                        + String.join(", ", LibraryInfo.iamApiVersions()) + "), one or in bulk.");
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // no colours: everything printed has its control characters escaped, so ANSI codes would show as text
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        HelpLayout.apply(cli, EXIT_CODES);
        cli.setParameterExceptionHandler((e, a) -> ErrorReport.usage(e, err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> command.getCommand() instanceof CliCommand c
                ? ErrorReport.print(e, err, c.verbose, c.requestSent())
                : ErrorReport.print(e, err, false, false));
        cli.setExecutionStrategy(
                parsed -> { // help and version are printed here: a failed write of them too
                    try {
                        return new CommandLine.RunLast().execute(parsed);
                    } catch (SafeWriter.OutputFailure e) {
                        return ErrorReport.outputFailed(e, err);
                    }
                });
        int code = cli.execute(args);
        try {
            out.flush();
            data.flush();
            err.flush();
        } catch (SafeWriter.OutputFailure e) {
            return code == OK ? ErrorReport.outputFailed(e, err) : code; // else already reported
        }
        return code;
    }

    /**
     * The command line with the command named {@code first} only when it is one (but help and completion,
     * which show every command), else with all of them.
     */
    static CommandLine commandLine(Map<String, String> env, Redactor redactor, PrintWriter data, String first) {
        // Picocli reads a command's options, and the types of their fields, when it is added.
        List<Class<?>> commands = List.of( // in the order --help lists them
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
                CommandLine.HelpCommand.class);
        CommandLine cli = new CommandLine(new IamUserCli(), new Factory(env, redactor, data));
        boolean one = !first.equals("help")
                && !first.equals("completion")
                && commands.stream().anyMatch(c -> name(c).equals(first));
        commands.stream().filter(c -> !one || name(c).equals(first)).forEach(cli::addSubcommand);
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /**
     * Gives commands the environment to read credentials from, the redactor to register them with, and
     * the unredacted printer for their data.
     */
    private record Factory(Map<String, String> env, Redactor redactor, PrintWriter data)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ConnectionOptions.class) {
                return type.cast(new ConnectionOptions(env, redactor));
            }
            K created = CommandLine.defaultFactory().create(type);
            if (created instanceof CliCommand command) {
                command.data = data;
            }
            return created;
        }
    }
}
