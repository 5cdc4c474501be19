package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.IamUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iam-user get ID}: shows a user's profile. */
@Command(name = "get", description = "Show a user's profile.")
final class GetCommand extends ApiCommand {
    @Mixin
    UserArgument user;

    @Option(
            names = "--all",
            description = "Also ask for actions, authGrants and notifications (role assignments and notifications"
                    + " shown; every member with --json).")
    boolean all;

    @Override
    public Integer call() {
        IamClient client = client();
        IamUser read = client.getUser(user.uiIdentityId, all ? GetUserOptions.all() : GetUserOptions.none());
        printer().user(read, client.apiVersion(), all);
        return IamUserCli.OK;
    }
}
