package io.github.iamuser.cli;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iam-user sandbox}: serves the local IAM sandbox (v2 and v3) until stopped, with a matching .edgerc section. */
@Command(name = "sandbox", description = "Serve the local IAM sandbox (v2 and v3) on 127.0.0.1 until Ctrl-C.")
final class SandboxCommand extends CliCommand {
    @Option(names = "--port", paramLabel = "N", description = "The port (default: a free one).")
    int port;

    @Option(
            names = "--section",
            paramLabel = "NAME",
            defaultValue = "sandbox",
            description = "The .edgerc section name to print or write (default: ${DEFAULT-VALUE}).")
    String section;

    @Option(
            names = "--write-edgerc",
            paramLabel = "FILE",
            description = "Add the .edgerc section to FILE, or replace that section only, keeping the rest of"
                    + " FILE as it is; a new FILE is readable by its owner only. A FILE that cannot be read as"
                    + " an .edgerc file is left untouched (exit code 2).")
    Path edgercFile;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    int run() throws IOException {
        if (port < 0 || port > 65535) {
            throw usageError("--port " + port + " is not a port: give 1 to 65535, or leave it out for a free one.");
        }
        try (IamSandbox sandbox = IamSandbox.builder().port(port).start()) {
            String edgerc = sandbox.edgercSection(section);
            PrintWriter out = out();
            if (edgercFile != null) {
                EdgercSectionWriter.write(edgercFile, section, edgerc);
            }
            out.println("IAM sandbox (v2 and v3) serving on " + sandbox.baseUrl() + " (Ctrl-C to stop)");
            if (edgercFile != null) {
                out.println("Wrote section [" + section + "] to " + edgercFile);
            } else {
                out.println("Its .edgerc section (save it, then use --edgerc FILE --section " + section + "):");
                out.print(edgerc);
            }
            out.println("Seeded users: " + SandboxUsers.US_USER + " (USA), " + SandboxUsers.CANADIAN_USER
                    + " (Canada), " + SandboxUsers.GERMAN_USER + " (no state or ZIP); account switch keys "
                    + SandboxUsers.SWITCH_KEY + ", " + SandboxUsers.SWITCH_KEY_WITH_CONTRACT + ".");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by the caller of an in-process run
        }
        return IamUserCli.OK;
    }
}
