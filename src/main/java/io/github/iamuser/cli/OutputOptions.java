package io.github.iamuser.cli;

import picocli.CommandLine.Option;

/** The output options every command takes. */
final class OutputOptions {
    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    boolean json;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show stack traces of errors and log requests (secrets redacted).")
    boolean verbose;
}
