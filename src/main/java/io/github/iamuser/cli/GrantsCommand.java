package io.github.iamuser.cli;

import io.github.iamuser.grants.GrantsChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iam-user grants ID --set GROUP=ROLE --remove GROUP --block GROUP --unblock GROUP}: a safe change of role assignments. */
@Command(
        name = "grants",
        description = {
            "Safely change a user's role assignments (IAM v3): read them, change only the groups named, and send"
                    + " every assignment back (the PUT replaces them all). Groups and subgroups not named keep theirs."
        })
final class GrantsCommand extends ChangeCommand {
    @Option(names = "--set", paramLabel = "GROUP_ID=ROLE_ID", description = "Give role ROLE_ID on group GROUP_ID.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--remove",
            paramLabel = "GROUP_ID",
            description = "Take the group away (a subgroup inherits again).")
    List<Long> removes = new ArrayList<>();

    @Option(names = "--block", paramLabel = "GROUP_ID", description = "Block the user from the group.")
    List<Long> blocks = new ArrayList<>();

    @Option(names = "--unblock", paramLabel = "GROUP_ID", description = "Unblock a subgroup: it inherits again.")
    List<Long> unblocks = new ArrayList<>();

    @Option(names = "--check-lookups", description = "Also check the groups and roles against the account's lists.")
    boolean checkLookups;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (sets.isEmpty() && removes.isEmpty() && blocks.isEmpty() && unblocks.isEmpty()) {
            throw usageError("Nothing to change: give --set GROUP_ID=ROLE_ID, --remove, --block or --unblock GROUP_ID"
                    + " ('get --all' shows the current role assignments).");
        }
        List<Entry<Long, Long>> grants = new ArrayList<>();
        for (String set : sets) {
            String[] parts = set.split("=", -1);
            try {
                grants.add(Map.entry(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw usageError("--set '" + set + "' is not GROUP_ID=ROLE_ID: write it like --set 12345=3 (ids from"
                        + " 'lookups groups' and 'lookups roles').");
            }
        }
        Consumer<GrantsChange> change = change(grants, removes, blocks, unblocks);
        change.accept(new GrantsChange()); // a group named twice or a bad id is refused before anything is sent
        return update(
                "role assignments",
                checkLookups,
                (client, options) -> client.updateGrants(user.uiIdentityId, options, change));
    }

    /** The change that grants options (or a bulk row's {@code "grants"}) name, made in this order. */
    static Consumer<GrantsChange> change(
            Iterable<Entry<Long, Long>> grants, List<Long> removes, List<Long> blocks, List<Long> unblocks) {
        return c -> {
            grants.forEach(g -> c.grant(g.getKey(), g.getValue()));
            removes.forEach(c::remove);
            blocks.forEach(c::block);
            unblocks.forEach(c::unblock);
        };
    }
}
