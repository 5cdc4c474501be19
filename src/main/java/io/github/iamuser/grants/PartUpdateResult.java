package io.github.iamuser.grants;

import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.ProfileUpdateResult.Outcome;
import java.util.List;

/**
 * What a safe update of a user's role assignments or notifications did: the part before and after, in
 * the answers' form (the same when nothing was sent), what changed (a group's role, a switch, a product
 * list), the exact JSON body sent (or that a dry run would send; null when unchanged), and what the
 * server stored differently from what was sent.
 *
 * @param <T> the part as answers show it: the {@code AuthGrant} list or {@code Notifications} of IAM v3
 */
public record PartUpdateResult<T>(
        Outcome outcome,
        T before,
        T after,
        List<FieldDiff> changes,
        String requestBody,
        List<FieldDiff> serverDifferences) {

    /** Copies the lists. */
    public PartUpdateResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
    }
}
