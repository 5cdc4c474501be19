package io.github.iamuser.bulk;

import java.util.List;

/**
 * What a bulk update or restore did: the counts, and the results of the rows that need attention (failed,
 * a conflict, or stored otherwise than sent) in input order. Every row's result goes to the {@link
 * BulkUpdate.Builder#listener} as the row ends; the report keeps no result of a row done as asked, so a run of
 * any size holds none.
 */
public record BulkReport(List<RowResult> results, BulkProgress totals) {

    /** Copies the list. */
    public BulkReport {
        results = List.copyOf(results);
    }

    /** How the run ended, as the command line's exit code reports it. */
    public RunStatus status() {
        if (totals.failed() > 0) {
            return RunStatus.FAILED;
        }
        return totals.storedDifferently() > 0 ? RunStatus.STORED_DIFFERENTLY : RunStatus.DONE;
    }

    /** How a whole run ended (a row's end is its {@link RowStatus}). */
    public enum RunStatus {
        /** Every row done as asked (or would be, in a dry run). */
        DONE,
        /** At least one row failed or was a conflict (the others went on). */
        FAILED,
        /** No row failed, but the server stored something other than what was sent for at least one. */
        STORED_DIFFERENTLY
    }
}
