package io.github.iamuser.cli;

import picocli.CommandLine;

/** The version line of {@code iam-user --version}, from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = IamUserCli.class.getPackage().getImplementationVersion();
        return new String[] {
            "iam-user " + (version == null ? "dev" : version) + " (Akamai IAM API v2), java "
                    + System.getProperty("java.version")
        };
    }
}
