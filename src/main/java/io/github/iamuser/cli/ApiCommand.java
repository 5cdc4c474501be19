package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.IamClientBuilder;
import picocli.CommandLine.Mixin;

/** A command that calls the IAM API, with the connection options that choose credentials and account. */
abstract class ApiCommand extends OutputCommand {
    @Mixin
    ConnectionOptions connection;

    /** A client for the selected credential, in the account --account-switch-key selects if given. */
    IamClient client() {
        IamClientBuilder builder = clientBuilder(connection.credential());
        if (connection.accountSwitchKey != null) {
            builder.accountSwitchKey(connection.accountSwitchKey);
        }
        return builder.build();
    }
}
