package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.IamClientBuilder;
import io.github.iamuser.bulk.BulkUpdate;
import io.github.iamuser.options.ApiVersion;
import picocli.CommandLine.Mixin;

/** A command that calls the IAM API, with the connection options that choose credentials, account and version. */
abstract class ApiCommand extends OutputCommand {
    @Mixin
    ConnectionOptions connection;

    /** The IAM API version --api-version chose (default 3). */
    ApiVersion apiVersion() {
        return connection.apiVersion.value;
    }

    /** Refuses a --concurrency out of range: a usage error. */
    void requireConcurrency(int concurrency) {
        try {
            BulkUpdate.requireConcurrency(concurrency);
        } catch (IllegalArgumentException e) {
            throw usageError("--" + e.getMessage());
        }
    }

    /**
     * A client for the selected credential, speaking the version --api-version chose, in the account
     * --account-switch-key selects if given, through the proxy HTTPS_PROXY and NO_PROXY choose.
     */
    IamClient client() {
        IamClientBuilder builder =
                clientBuilder(connection.credential()).apiVersion(apiVersion()).proxyFromEnvironment(connection.env);
        if (connection.accountSwitchKey != null) {
            builder.accountSwitchKey(connection.accountSwitchKey);
        }
        return builder.build();
    }
}
