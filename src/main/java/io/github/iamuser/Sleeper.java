package io.github.iamuser;

import java.time.Duration;

/** Waits between retry attempts; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** The sleeper that really waits. */
    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
}
