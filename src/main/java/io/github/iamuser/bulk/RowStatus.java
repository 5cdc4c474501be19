package io.github.iamuser.bulk;

/** How one row of a bulk update or restore ended. */
public enum RowStatus {
    /** The complete profile was PUT (or an earlier, stopped run had PUT it, as the server now shows). */
    APPLIED,
    /** The server already held every value of the row: nothing was sent. */
    UNCHANGED,
    /** Dry run: the row would be applied; only the GET was sent. */
    WOULD_APPLY,
    /** The journal shows the row done by an earlier run: nothing was sent. */
    SKIPPED,
    /** Restore: the profile changed since the backup was taken, so it was left alone (see {@code force}). */
    CONFLICT,
    /** The row could not be applied: invalid value, or an error from the API (its problems say which). */
    FAILED;

    /** True for the statuses of a row done as asked: applied, unchanged, would apply, skipped. */
    public boolean done() {
        return this != CONFLICT && this != FAILED;
    }
}
