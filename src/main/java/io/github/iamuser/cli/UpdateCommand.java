package io.github.iamuser.cli;

import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileUpdateResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iam-user update ID --set f=v --clear f}: a safe read-modify-write of a user's profile. */
@Command(
        name = "update",
        description = {
            "Safely update a user's profile: read it, change only the fields named, validate, and send the"
                    + " complete profile. Fields not named keep their values."
        })
final class UpdateCommand extends ApiCommand {
    @Mixin
    UserArgument user;

    @Option(
            names = "--set",
            paramLabel = "FIELD=VALUE",
            description = "Set a field, e.g. --set jobTitle=CTO --set sessionTimeOut=3600.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--clear",
            paramLabel = "FIELD",
            description = "Empty a text field explicitly (sent as \"\"), e.g. --clear mobilePhone.")
    List<String> clears = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show the difference and the exact body; send nothing but the GET.")
    boolean dryRun;

    @Option(names = "--allow-email-change", description = "Confirm a change of email, the user's login identity.")
    boolean allowEmailChange;

    @Option(names = "--check-lookups", description = "Also check lookup-valued fields against the account's lookups.")
    boolean checkLookups;

    @Override
    void run() {
        if (sets.isEmpty() && clears.isEmpty()) {
            throw usageError("Nothing to update: give at least one --set FIELD=VALUE or --clear FIELD.");
        }
        ProfileChange change = change();
        UpdateOptions options = UpdateOptions.defaults().withDryRun(dryRun).withLookupChecks(checkLookups);
        ProfileUpdateResult result = connection.client().updateProfile(user.uiIdentityId, options, change);
        printer().result(user.uiIdentityId, result);
    }

    /** Parses every --set and --clear, refusing malformed ones before anything is sent. */
    ProfileChange change() {
        ProfileChange change = new ProfileChange();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw usageError("--set '" + set
                        + "' is not FIELD=VALUE: write it like --set jobTitle=CTO (use --clear FIELD to empty"
                        + " a field).");
            }
            change.set(set.substring(0, eq).trim(), set.substring(eq + 1));
        }
        clears.forEach(change::clear);
        if (allowEmailChange) {
            change.allowEmailChange();
        }
        return change;
    }
}
