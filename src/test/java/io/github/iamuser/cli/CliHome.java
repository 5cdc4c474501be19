package io.github.iamuser.cli;

import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;

/** A HOME directory whose {@code .edgerc} holds one section, and in-process runs of the command line there. */
record CliHome(Path home, Path edgerc, String section) {

    /** Writes {@code home/.edgerc} with the sandbox's credentials as section {@code sandbox}. */
    static CliHome sandbox(Path home, IamSandbox sandbox) throws IOException {
        Path edgerc = Files.writeString(home.resolve(".edgerc"), sandbox.edgercSection("sandbox"));
        return new CliHome(home, edgerc, "sandbox");
    }

    /** Writes {@code home/.edgerc} with {@link Loopback}'s credentials for {@code server} as {@code section}. */
    static CliHome loopback(Path home, MockWebServer server, String section) throws IOException {
        Path edgerc = Files.writeString(
                home.resolve(".edgerc"),
                "[" + section + "]\nhost = 127.0.0.1:" + server.getPort() + "\nclient_token = " + Loopback.CLIENT_TOKEN
                        + "\nclient_secret = " + Loopback.CLIENT_SECRET + "\naccess_token = " + Loopback.ACCESS_TOKEN
                        + "\n");
        return new CliHome(home, edgerc, section);
    }

    /** Runs {@code iam-user args --edgerc EDGERC --section SECTION} with HOME set to this home. */
    CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--edgerc", edgerc.toString(), "--section", section));
        return run(all.toArray(String[]::new));
    }

    /** Runs {@code iam-user args} as given, with HOME set to this home. */
    CliRun run(String... args) {
        return CliRun.of(Map.of("HOME", home.toString()), args);
    }
}
