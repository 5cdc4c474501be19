package io.github.iamuser.cli;

import io.github.iamuser.auth.CredentialException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.errors.ProblemDetails;
import io.github.iamuser.profile.InvalidProfileException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns a failure into one clear line (plus the problem's details) and the matching exit code. */
final class ErrorReport {
    private ErrorReport() {}

    /** 1 for API and network errors; 2 for usage, credentials and invalid input (nothing sent). */
    static int exitCode(Throwable e) {
        return e instanceof IamException ? IamUserCli.API_ERROR : IamUserCli.USAGE_ERROR;
    }

    /** Prints a usage error: what is wrong and how to fix it. */
    static int usage(CommandLine.ParameterException e, PrintWriter err) {
        err.println("iam-user: " + e.getMessage());
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return IamUserCli.USAGE_ERROR;
    }

    /** Prints an execution failure; the stack trace only when verbose. */
    static int print(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof InvalidProfileException invalid) {
            err.println(
                    "iam-user: " + invalid.getMessage().replace("The profile update was not sent", "nothing was sent"));
        } else if (e instanceof IamException api) {
            err.println("iam-user: " + firstLine(api.getMessage()));
            api.problem().ifPresent(problem -> details(problem, err));
        } else if (e instanceof CredentialException
                || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException) {
            err.println("iam-user: " + e.getMessage());
        } else {
            err.println("iam-user: unexpected failure: " + e);
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return exitCode(e);
    }

    private static void details(ProblemDetails problem, PrintWriter err) {
        line(err, "type", problem.type());
        line(err, "title", problem.title());
        line(err, "detail", problem.detail());
        problem.errors().forEach(e -> err.println("  error: " + e.describe()));
        line(err, "requestId", problem.requestId());
    }

    private static void line(PrintWriter err, String name, String value) {
        if (value != null && !value.isBlank()) {
            err.println("  " + name + ": " + value);
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
