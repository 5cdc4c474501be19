package io.github.iamuser;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes read-modify-write cycles on one user within this JVM, whichever client runs them. IAM
 * has no conditional update (no ETag or version on a user), so two cycles that overlap would each
 * send back the other's old values; run one after the other, the second reads what the first wrote.
 */
final class UserLocks {
    private static final ConcurrentHashMap<String, Holder> LOCKS = new ConcurrentHashMap<>();

    private UserLocks() {}

    /** Runs {@code cycle} while holding the lock of the user that {@code key} names (host, account, id). */
    static <T> T whileHolding(String key, Supplier<T> cycle) {
        Holder holder = LOCKS.compute(key, (k, h) -> {
            Holder held = h == null ? new Holder() : h;
            held.users++;
            return held;
        });
        holder.lock.lock();
        try {
            return cycle.get();
        } finally {
            holder.lock.unlock();
            LOCKS.compute(key, (k, h) -> --h.users == 0 ? null : h);
        }
    }

    /** The number of users whose lock is held or awaited; 0 when no cycle runs. */
    static int inUse() {
        return LOCKS.size();
    }

    /** One user's lock and how many cycles hold or await it (guarded by the map's compute). */
    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }
}
