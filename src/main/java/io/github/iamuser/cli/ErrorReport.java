package io.github.iamuser.cli;

import static io.github.iamuser.cli.SafeWriter.escape;

import io.github.iamuser.auth.CredentialException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.errors.ProblemDetails;
import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.profile.RefusedChangeException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Turns a failure into clear lines (server text escaped) and the exit code a script can trust. */
final class ErrorReport {
    private ErrorReport() {}

    /**
     * 1 for API and network errors and for any other failure once a request may have gone out; 2 for
     * bad usage, credentials, invalid input and a request that cannot be signed as it would be sent,
     * which are refused before anything that changes data is sent, and for any other failure before a
     * request went out.
     */
    static int exitCode(Throwable e, boolean requestSent) {
        if (e instanceof IamException) {
            return IamUserCli.API_ERROR;
        }
        if (e instanceof CommandLine.ParameterException
                || e instanceof RefusedChangeException
                || e instanceof CredentialException
                || e.getCause() instanceof RequestNotSignedException) {
            return IamUserCli.USAGE_ERROR;
        }
        return requestSent ? IamUserCli.API_ERROR : IamUserCli.USAGE_ERROR;
    }

    /** Prints a usage error: what is wrong and how to fix it. */
    static int usage(CommandLine.ParameterException e, PrintWriter err) {
        err.println("iam-user: " + escape(e.getMessage()));
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return IamUserCli.USAGE_ERROR;
    }

    /**
     * Ends a command whose output could not be written: quietly with {@link IamUserCli#OUTPUT_CLOSED}
     * when its reader went away, else saying why with {@link IamUserCli#API_ERROR}.
     */
    static int outputFailed(SafeWriter.OutputFailure e, PrintWriter err) {
        if (e.readerGone()) {
            return IamUserCli.OUTPUT_CLOSED;
        }
        try {
            err.println("iam-user: the output could not be written (" + escape(e.getMessage()) + "), so it is"
                    + " incomplete: free disk space or write it elsewhere, then run the command again.");
        } catch (SafeWriter.OutputFailure stderrFailedToo) {
            // nowhere left to say it: the exit code does
        }
        return IamUserCli.API_ERROR;
    }

    /** Prints a failure, with the stack trace when {@code verbose}, and returns its exit code. */
    static int print(Exception e, PrintWriter err, boolean verbose, boolean requestSent) {
        List<Throwable> chain = new ArrayList<>(); // e and its causes, each once (Throwable compares by identity)
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            if (t instanceof SafeWriter.OutputFailure output) { // also when a bulk row's worker wrote the output
                return outputFailed(output, err);
            }
            chain.add(t);
        }
        if (e instanceof RefusedChangeException refused) {
            int count = refused.violations().size();
            err.println("iam-user: the update was not sent: " + count + (count == 1 ? " problem" : " problems"));
            refused.violations().forEach(v -> err.println("  " + escape(v.toString())));
        } else if (e instanceof IamException api) {
            err.println("iam-user: " + escape(api.getMessage()));
            api.problem().ifPresent(problem -> details(problem, err));
        } else if (e instanceof CredentialException
                || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException) {
            err.println("iam-user: " + escape(e.getMessage()));
        } else {
            err.println("iam-user: unexpected failure: " + escape(e.toString()));
        }
        for (int i = 0; verbose && i < chain.size(); i++) { // each message escaped: it may quote the server
            err.println((i == 0 ? "" : "Caused by: ") + escape(chain.get(i).toString()));
            for (StackTraceElement frame : chain.get(i).getStackTrace()) {
                err.println("\tat " + frame);
            }
        }
        return exitCode(e, requestSent);
    }

    private static void details(ProblemDetails problem, PrintWriter err) {
        line(err, "type", problem.type());
        line(err, "title", problem.title());
        line(err, "detail", problem.detail());
        problem.errors().forEach(e -> err.println("  error: " + escape(e.describe())));
        line(err, "requestId", problem.requestId());
    }

    private static void line(PrintWriter err, String name, String value) {
        if (value != null && !value.isBlank()) {
            err.println("  " + name + ": " + escape(value));
        }
    }
}
