package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.UpdateResult;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A safe read-modify-write of one user ({@code update}, {@code grants}, {@code notifications}): each
 * holds the user's lock file, so that every change of one user from this machine takes turns, and
 * prints its result the same way.
 */
abstract class ChangeCommand extends ApiCommand {
    @Mixin
    UserArgument user;

    @Option(names = "--dry-run", description = "Show the difference and the exact body; send nothing but GETs.")
    boolean dryRun;

    /**
     * Makes {@code update} holding the user's lock, prints its result ({@code part} null for the profile)
     * and returns the exit code.
     */
    int update(String part, boolean checkLookups, BiFunction<IamClient, UpdateOptions, UpdateResult<?>> update)
            throws IOException, InterruptedException {
        UpdateOptions options = UpdateOptions.defaults().withDryRun(dryRun).withLookupChecks(checkLookups);
        IamClient client = client();
        String id = user.uiIdentityId;
        String key = UserLock.key(
                client.credential().host(), client.accountSwitchKey().orElse(null), id);
        UpdateResult<?> result;
        try (LockFile lock = LockFile.acquire(connection.env, connection.home(), key, err())) {
            result = update.apply(client, options);
        }
        return printer().result(id, part, result);
    }

    /** A change may end stored differently from what was sent (3), besides 0, 1 and 2. */
    @Override
    List<Integer> exitCodes() {
        return List.of(IamUserCli.OK, IamUserCli.API_ERROR, IamUserCli.USAGE_ERROR, IamUserCli.STORED_DIFFERENTLY);
    }
}
