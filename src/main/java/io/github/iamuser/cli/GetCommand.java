package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.GetUserOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iam-user get ID}: shows a user's profile. */
@Command(name = "get", description = "Show a user's profile.")
final class GetCommand implements Callable<Integer>, HasOutput {
    @Parameters(paramLabel = "UI_IDENTITY_ID", description = "The user's uiIdentityId, e.g. A-B-1CDEFG.")
    String uiIdentityId;

    @Option(names = "--all", description = "Also ask for actions, authGrants and notifications (shown with --json).")
    boolean all;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IamClient client = connection.client();
        new Printer(spec.commandLine().getOut(), output.json)
                .user(client.getUser(uiIdentityId, all ? GetUserOptions.all() : GetUserOptions.none()));
        return 0;
    }

    @Override
    public OutputOptions output() {
        return output;
    }
}
