package io.github.iamuser.cli;

import com.google.gson.JsonObject;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code iam-user update ID --set f=v --clear f}: a safe read-modify-write of a user's profile. */
@Command(
        name = "update",
        description = {
            "Safely update a user's profile: read it, change only the fields named, validate, and send the"
                    + " complete profile. Fields not named keep their values. Updates of one user from this"
                    + " machine run one at a time (a lock file in the user's cache directory)."
        })
final class UpdateCommand extends ChangeCommand {
    @Option(
            names = "--set",
            paramLabel = "FIELD=VALUE",
            description = "Set a field, e.g. --set jobTitle=CTO --set sessionTimeOut=3600.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--clear",
            paramLabel = "FIELD",
            completionCandidates = TextFields.class,
            description = "Empty a text field explicitly (sent as \"\"), e.g. --clear mobilePhone.")
    List<String> clears = new ArrayList<>();

    @Option(names = "--allow-email-change", description = "Confirm a change of email, the user's login identity.")
    boolean allowEmailChange;

    @Option(names = "--check-lookups", description = "Also check lookup-valued fields against the account's lookups.")
    boolean checkLookups;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProfileChange change = change();
        return update(
                null, checkLookups, (client, options) -> client.updateProfile(user.uiIdentityId, options, change));
    }

    /**
     * Parses every --set and --clear before anything is sent: a field named twice is a usage error;
     * values of the wrong type, fields the --api-version does not have and values that break a field's
     * rules are reported all at once.
     */
    ProfileChange change() {
        if (sets.isEmpty() && clears.isEmpty()) {
            throw usageError("Nothing to update: give at least one --set FIELD=VALUE or --clear FIELD.");
        }
        Map<String, String> given = new LinkedHashMap<>(); // field name -> the option that named it
        ProfileChange change = new ProfileChange();
        List<Violation> violations = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw usageError("--set '" + set
                        + "' is not FIELD=VALUE: write it like --set jobTitle=CTO (use --clear FIELD to empty"
                        + " a field).");
            }
            String field = set.substring(0, eq).trim();
            name(given, field, "--set " + set);
            BulkInput.collect(violations, () -> change.set(field, set.substring(eq + 1)));
        }
        for (String field : clears) {
            name(given, field, "--clear " + field);
            BulkInput.collect(violations, () -> change.clear(field));
        }
        JsonObject changed = new JsonObject();
        change.values().forEach(changed::add);
        violations.addAll(change.refusedIn(apiVersion()));
        violations.addAll(new ProfileValidator().validate(changed, changed.keySet()));
        if (!violations.isEmpty()) {
            throw new RefusedChangeException("profile", violations);
        }
        if (allowEmailChange) {
            change.allowEmailChange();
        }
        return change;
    }

    /** Records that {@code option} names {@code field}; a field named by two options is a usage error. */
    private void name(Map<String, String> given, String field, String option) {
        String earlier = given.putIfAbsent(field, option);
        if (earlier != null) {
            throw usageError(field + " is named twice (" + earlier + " and " + option
                    + "): give each field once, with one --set or one --clear.");
        }
    }

    /** The text fields that may be empty, the ones --clear can empty: for completion. */
    static final class TextFields implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ProfileField.values())
                    .filter(f -> f.type() == ProfileField.Type.STRING && !f.nonEmpty())
                    .map(ProfileField::jsonName)
                    .iterator();
        }
    }
}
