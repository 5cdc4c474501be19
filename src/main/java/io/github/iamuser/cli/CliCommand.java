package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.IamClientBuilder;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.LibraryInfo;
import io.github.iamuser.internal.RequestNotSignedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import okhttp3.Interceptor;
import okhttp3.Response;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The base of every command: --help, --version and --verbose, where to print, how to refuse bad usage,
 * the exit code {@link #call()} returns (a failure thrown goes to {@link ErrorReport}), and the clients it calls
 * the API with, which record whether a request went out.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class CliCommand implements Callable<Integer> {
    @Option(
            names = {"-v", "--verbose"},
            description = "Log each request and response line to stderr and show stack traces of errors"
                    + " (credentials redacted).")
    boolean verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private volatile boolean requestSent;

    /** Set by the command line's factory: see {@link #data()}. */
    PrintWriter data;

    /** The exit codes this command can end with, as its --help lists them: 0, 1 and 2 unless it says otherwise. */
    List<Integer> exitCodes() {
        return List.of(IamUserCli.OK, IamUserCli.API_ERROR, IamUserCli.USAGE_ERROR);
    }

    /** Where the command's output goes. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command's data (CSV, JSON) goes: standard output, like {@link #out()}, but never redacted. */
    PrintWriter data() {
        return data;
    }

    /** Where messages about the command's progress go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit code 2, nothing sent) saying what is wrong and how to fix it. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** True once a request of this command may have reached the network (then an unexpected failure exits 1, not 2). */
    boolean requestSent() {
        return requestSent;
    }

    /** A client builder for {@code credential} whose requests are logged with --verbose and tracked for {@link #requestSent()}. */
    IamClientBuilder clientBuilder(EdgeGridCredential credential) {
        String wireLog = IamUserCli.SIMPLE_LOGGER + "log." + LibraryInfo.WIRE_LOGGER;
        if (verbose && !"trace".equalsIgnoreCase(System.getProperty(wireLog))) {
            System.setProperty(wireLog, "debug"); // read by slf4j-simple when IamClient.builder() creates the logger
        }
        return IamClient.builder().credential(credential).addInterceptor(this::track);
    }

    private Response track(Interceptor.Chain chain) throws IOException {
        try {
            Response response = chain.proceed(chain.request());
            requestSent = true;
            return response;
        } catch (RequestNotSignedException notSent) {
            throw notSent;
        } catch (IOException maybeSent) {
            requestSent = true;
            throw maybeSent;
        }
    }
}
