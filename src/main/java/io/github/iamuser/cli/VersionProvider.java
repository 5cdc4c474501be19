package io.github.iamuser.cli;

import io.github.iamuser.internal.LibraryInfo;
import picocli.CommandLine;

/**
 * What {@code iam-user --version} prints: the command line's version (from its jar's manifest), the
 * library's, the IAM API versions the library calls, and the Java that runs it.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String cli = IamUserCli.class.getPackage().getImplementationVersion();
        return new String[] {
            "iam-user " + (cli == null ? "dev" : cli),
            "library: akamai-iam-user " + LibraryInfo.version(),
            "IAM API: " + String.join(", ", LibraryInfo.iamApiVersions()),
            "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"
        };
    }
}
