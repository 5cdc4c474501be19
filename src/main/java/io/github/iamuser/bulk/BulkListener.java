package io.github.iamuser.bulk;

/**
 * Told of a bulk run's progress: once at the start, then after each row. Called from the run's
 * worker threads, one call at a time.
 */
@FunctionalInterface
public interface BulkListener {
    /** Nothing is told. */
    BulkListener NONE = (result, progress) -> {};

    /** The run starts with {@code progress.total()} rows. */
    default void started(BulkProgress progress) {}

    /** A row ended with {@code result}; {@code progress} counts it. */
    void rowFinished(RowResult result, BulkProgress progress);
}
