package io.github.iamuser.cli;

import io.github.iamuser.auth.CredentialResolver;
import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the credentials come from, which account calls run in and which IAM version they speak, for commands that call the API. */
final class ConnectionOptions {
    /** The environment the command line runs in (credentials, home and cache directories). */
    final Map<String, String> env;

    /** Redacts the credentials these options resolved (and labelled secrets) from messages. */
    final Redactor redactor;

    @Option(
            names = {"-e", "--edgerc"},
            paramLabel = "FILE",
            description = "The .edgerc file (default: $AKAMAI_EDGERC, else ~/.edgerc).")
    Path edgerc;

    @Option(
            names = {"-s", "--section"},
            paramLabel = "NAME",
            description = "The .edgerc section (default: $AKAMAI_EDGERC_SECTION, else default).")
    String section;

    @Option(
            names = {"--account-switch-key", "--account-key", "--accountkey", "--accountSwitchKey"},
            paramLabel = "KEY",
            description = "Run in another account, e.g. 1-5C0YLB (default: the"
                    + " section's account_key or $AKAMAI_ACCOUNT_KEY).")
    String accountSwitchKey;

    @Mixin
    ApiVersionOption apiVersion;

    ConnectionOptions(Map<String, String> env, Redactor redactor) {
        this.env = env;
        this.redactor = redactor;
    }

    /** The user's home directory: $HOME, else the JVM's user.home. */
    Path home() {
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    }

    /**
     * The credential these options select (--edgerc/--section, else the environment's choice), whose
     * tokens and secret are from now on redacted in everything the command line prints.
     */
    EdgeGridCredential credential() {
        EdgeGridCredential credential = CredentialResolver.of(env, home())
                .withFile(edgerc)
                .withSection(section)
                .resolve();
        redactor.add(credential);
        return credential;
    }
}
