package io.github.iamuser.profile;

import java.util.List;

/**
 * What a safe update did: the user before and after (the same when nothing was sent; the generated
 * {@code User} of the client's API version), the fields it changed, the exact JSON body it sent (or would
 * send, in a dry run; null when unchanged), and the fields whose value in the server's answer differs
 * from what was sent.
 */
public record ProfileUpdateResult(
        Outcome outcome,
        IamUser before,
        IamUser after,
        List<FieldDiff> changes,
        String requestBody,
        List<FieldDiff> serverDifferences) {

    /** How a safe update ended. */
    public enum Outcome {
        /** The complete profile was PUT. */
        UPDATED,
        /** Nothing differed from the stored profile, so nothing was sent. */
        UNCHANGED,
        /** Dry run: only the GET was sent. */
        DRY_RUN
    }

    /** Copies the lists. */
    public ProfileUpdateResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
    }
}
