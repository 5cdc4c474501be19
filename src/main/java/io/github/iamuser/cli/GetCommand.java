package io.github.iamuser.cli;

import io.github.iamuser.options.GetUserOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam-user get ID}: shows a user's profile. */
@Command(name = "get", description = "Show a user's profile.")
final class GetCommand extends ApiCommand {
    @Parameters(paramLabel = "UI_IDENTITY_ID", description = "The user's uiIdentityId, e.g. A-B-1CDEFG.")
    String uiIdentityId;

    @Option(names = "--all", description = "Also ask for actions, authGrants and notifications (shown with --json).")
    boolean all;

    @Override
    void run() {
        printer().user(connection.client().getUser(uiIdentityId, all ? GetUserOptions.all() : GetUserOptions.none()));
    }
}
