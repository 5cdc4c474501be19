package io.github.iamuser.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The scaffolding of every command that prints: the output options, where to print, how to refuse bad
 * usage, and exit code 0 when {@link #run()} returns (failures go to {@link ErrorReport}).
 */
abstract class OutputCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        run();
        return 0;
    }

    /** Does the command's work; throws to fail with the exit code {@link ErrorReport} gives. */
    abstract void run() throws Exception;

    /** Where the command's output goes. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints text or, with {@code --json}, JSON to {@link #out()}. */
    Printer printer() {
        return new Printer(out(), output.json);
    }

    /** A usage error (exit code 2, nothing sent) saying what is wrong and how to fix it. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
