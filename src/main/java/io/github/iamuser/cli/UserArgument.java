package io.github.iamuser.cli;

import picocli.CommandLine.Parameters;

/** The user a command reads or updates, given by its uiIdentityId. */
final class UserArgument {
    @Parameters(paramLabel = "UI_IDENTITY_ID", description = "The user's uiIdentityId, e.g. A-B-1CDEFG.")
    String uiIdentityId;
}
