package io.github.iamuser.bulk;

import java.util.List;

/**
 * What a bulk update or restore did: the counts, and the results of the rows that need attention (failed,
 * a conflict, or stored otherwise than sent) in input order. Every row's result goes to the {@link
 * BulkListener} as the row ends; the report keeps no result of a row done as asked, so a run of any size
 * holds none.
 */
public record BulkReport(List<RowResult> results, BulkProgress totals) {

    /** Copies the list. */
    public BulkReport {
        results = List.copyOf(results);
    }

    /** How the run ended, as the command line's exit code reports it. */
    public Outcome outcome() {
        if (totals.failed() > 0) {
            return Outcome.FAILED;
        }
        return totals.storedDifferently() > 0 ? Outcome.STORED_DIFFERENTLY : Outcome.DONE;
    }

    /** How a whole run ended. */
    public enum Outcome {
        /** Every row done as asked (or would be, in a dry run). */
        DONE,
        /** At least one row failed or was a conflict (the others went on). */
        FAILED,
        /** No row failed, but the server stored something other than what was sent for at least one. */
        STORED_DIFFERENTLY
    }
}
