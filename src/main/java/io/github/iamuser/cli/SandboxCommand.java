package io.github.iamuser.cli;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "Also seed N generated users (G-U-000000 ...) in the own account, for bulk runs.")
    int users;

    @Option(
            names = "--rate-limit",
            paramLabel = "R",
            description = "Allow R requests a second (a token bucket, bursts of --burst); over it, answer 429 with"
                    + " X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Next, as Akamai does.")
    double rateLimit;

    @Option(
            names = "--burst",
            paramLabel = "B",
            description = "The rate limit's bucket size: requests allowed at once (default: R, rounded up).")
    Integer burst;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    List<Integer> exitCodes() {
        return List.of(IamUserCli.OK, IamUserCli.USAGE_ERROR);
    }

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw usageError("--port " + port + " is not a port: give 1 to 65535, or leave it out for a free one.");
        }
        if (users < 0 || users > SandboxUsers.MAX_GENERATED_USERS) {
            throw usageError(
                    "--users " + users + " is out of range: give 0 to " + SandboxUsers.MAX_GENERATED_USERS + ".");
        }
        if (rateLimit < 0 || burst != null && (burst < 1 || rateLimit == 0)) {
            throw usageError("--rate-limit must be a positive number of requests a second, and --burst a positive"
                    + " number of requests that goes with it, e.g. --rate-limit 20 --burst 20.");
        }
        IamSandbox.Builder builder = IamSandbox.builder().port(port).users(users);
        int bucket = burst != null ? burst : (int) Math.ceil(rateLimit);
        if (rateLimit > 0) {
            builder.rateLimit(rateLimit, bucket);
        }
        try (IamSandbox sandbox = builder.start()) {
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
            if (users > 0) {
                out.println("Generated users: " + SandboxUsers.generatedUser(0) + " to "
                        + SandboxUsers.generatedUser(users - 1) + ".");
            }
            if (rateLimit > 0) {
                out.println("Rate limit: " + rateLimit + " requests a second, bursts of " + bucket + ".");
            }
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println(counts(sandbox));
                out.flush();
                stopped.countDown();
            }));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by the caller of an in-process run
        }
        return IamUserCli.OK;
    }

    /** What the sandbox counted: proof of how many updates each user got. */
    static String counts(IamSandbox sandbox) {
        Map<String, Long> stored = sandbox.storedProfileCounts();
        long more = stored.values().stream().filter(n -> n > 1).count();
        return "Sandbox stopped: " + sandbox.putCount() + " PUTs, "
                + stored.values().stream().mapToLong(Long::longValue).sum()
                + " profiles replaced for " + stored.size() + " users (" + more + " more than once), "
                + sandbox.rateLimitedCount() + " answers 429.";
    }
}
