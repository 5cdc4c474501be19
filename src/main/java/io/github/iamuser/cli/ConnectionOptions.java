package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.IamClientBuilder;
import io.github.iamuser.auth.CredentialResolver;
import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the credentials come from and which account calls run in, for commands that call the API. */
final class ConnectionOptions {
    private final Map<String, String> env;

    @Option(
            names = "--edgerc",
            paramLabel = "FILE",
            description = "The .edgerc file (default: $AKAMAI_EDGERC, else ~/.edgerc).")
    Path edgerc;

    @Option(
            names = "--section",
            paramLabel = "NAME",
            description = "The .edgerc section (default: $AKAMAI_EDGERC_SECTION, else default).")
    String section;

    @Option(
            names = {"--account-switch-key", "--account-key", "--accountkey", "--accountSwitchKey"},
            paramLabel = "KEY",
            description = "Run in another account, e.g. 1-5C0YLB (default: the"
                    + " section's account_key or $AKAMAI_ACCOUNT_KEY).")
    String accountSwitchKey;

    ConnectionOptions(Map<String, String> env) {
        this.env = env;
    }

    /** The credential these options select: --edgerc/--section, else the environment's choice. */
    EdgeGridCredential credential() {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return CredentialResolver.of(env, Path.of(home))
                .withFile(edgerc)
                .withSection(section)
                .resolve();
    }

    /** A client for the selected credential, in the account --account-switch-key selects if given. */
    IamClient client() {
        IamClientBuilder builder = IamClient.builder().credential(credential());
        if (accountSwitchKey != null) {
            builder.accountSwitchKey(accountSwitchKey);
        }
        return builder.build();
    }
}
