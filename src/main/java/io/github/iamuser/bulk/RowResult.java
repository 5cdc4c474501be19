package io.github.iamuser.bulk;

import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.ProfileUpdateResult;
import java.util.List;

/**
 * What happened to one row: where it came from (line), the user and account, how it ended, the
 * fields it changed (or would change), the fields the server stored otherwise than sent, the
 * problems of a failed row or conflict, and a note (such as "applied by an earlier run") or null.
 */
public record RowResult(
        long line,
        String uiIdentityId,
        String accountSwitchKey,
        RowStatus status,
        List<FieldDiff> changes,
        List<FieldDiff> serverDifferences,
        List<RowProblem> problems,
        String note) {

    /** Copies the lists. */
    public RowResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
        problems = List.copyOf(problems);
    }

    /** The result of {@code task}, with the changes and server differences of {@code update} (null: none). */
    static RowResult of(
            BulkTask task, RowStatus status, ProfileUpdateResult update, List<RowProblem> problems, String note) {
        return new RowResult(
                task.line(),
                task.uiIdentityId(),
                task.accountSwitchKey(),
                status,
                update == null ? List.of() : update.changes(),
                update == null ? List.of() : update.serverDifferences(),
                problems,
                note);
    }
}
