package io.github.iamuser.cli;

import picocli.CommandLine.Option;

/** A command that prints results, as text for people or, with {@code --json}, for machines. */
abstract class OutputCommand extends CliCommand {
    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    boolean json;

    /** Prints text to {@link #out()} or, with {@code --json}, JSON to {@link #data()}. */
    Printer printer() {
        return new Printer(json ? data() : out(), json);
    }
}
