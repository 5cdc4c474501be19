package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.GetUserOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iam-user get ID}: shows a user's profile. */
@Command(name = "get", description = "Show a user's profile.")
final class GetCommand extends ApiCommand {
    @Mixin
    UserArgument user;

    @Option(names = "--all", description = "Also ask for actions, authGrants and notifications (shown with --json).")
    boolean all;

    @Override
    int run() {
        GetUserOptions options = all ? GetUserOptions.all() : GetUserOptions.none();
        IamClient client = client();
        printer().user(client.getUser(user.uiIdentityId, options), client.apiVersion());
        return IamUserCli.OK;
    }
}
