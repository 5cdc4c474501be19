package io.github.iamuser.cli;

import picocli.CommandLine.Option;

/** A command that prints results, as text for people or, with {@code --json}, for machines. */
abstract class OutputCommand extends CliCommand {
    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    boolean json;

    /** Prints text or, with {@code --json}, JSON to {@link #out()}. */
    Printer printer() {
        return new Printer(out(), json);
    }
}
