package io.github.iamuser.bulk;

import java.time.Duration;

/**
 * How far a bulk run is: rows in all, rows finished, and how they ended (applied includes "would
 * apply" in a dry run; failed includes restore conflicts), and the time since the run started.
 */
public record BulkProgress(
        int total,
        int done,
        int applied,
        int unchanged,
        int failed,
        int skipped,
        int storedDifferently,
        Duration elapsed) {

    /** The progress once one more row ended with {@code result}. */
    BulkProgress plus(RowResult result, Duration now) {
        RowStatus s = result.status();
        return new BulkProgress(
                total,
                done + 1,
                applied + (s == RowStatus.APPLIED || s == RowStatus.WOULD_APPLY ? 1 : 0),
                unchanged + (s == RowStatus.UNCHANGED ? 1 : 0),
                failed + (s.done() ? 0 : 1),
                skipped + (s == RowStatus.SKIPPED ? 1 : 0),
                storedDifferently + (result.serverDifferences().isEmpty() ? 0 : 1),
                now);
    }

    /** No row finished yet. */
    static BulkProgress start(int total) {
        return new BulkProgress(total, 0, 0, 0, 0, 0, 0, Duration.ZERO);
    }
}
