package io.github.iamuser.internal;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one per-user lock of this JVM, held by every read-modify-write of a user (same host, account and
 * id, the id's letter case aside, as IAM matches ids) so that they run one after the other: IAM has no
 * conditional update, so two cycles that overlap would each send back the other's old values. The
 * command line's lock file and bulk runs build on it; a thread that holds it may take it again.
 */
public final class UserLock implements AutoCloseable {
    private static final ConcurrentHashMap<String, Holder> LOCKS = new ConcurrentHashMap<>();

    private final String key;
    private final Holder holder;
    private boolean closed;

    private UserLock(String key, Holder holder) {
        this.key = key;
        this.holder = holder;
    }

    /**
     * The one name of a user: host, account switch key (null: none) and {@link #canonicalId}, so that ids
     * differing only in letter case name one user.
     */
    public static String key(String host, String accountSwitchKey, String uiIdentityId) {
        return host + "\n" + (accountSwitchKey == null ? "" : accountSwitchKey) + "\n" + canonicalId(uiIdentityId);
    }

    /**
     * The form of an id that all its letter cases share, as IAM matches ids: upper case (Locale.ROOT), so an id
     * written as IAM writes it is unchanged.
     */
    public static String canonicalId(String uiIdentityId) {
        return uiIdentityId.toUpperCase(Locale.ROOT);
    }

    /**
     * Takes the lock of the user {@code key} names ({@link #key}), first running {@code beforeWaiting} when
     * another thread holds it; close it, in the same thread, to release it.
     *
     * @throws InterruptedException at once when the thread is interrupted while waiting; nothing is held
     */
    public static UserLock hold(String key, Runnable beforeWaiting) throws InterruptedException {
        Holder holder = LOCKS.compute(key, (k, h) -> {
            Holder held = h == null ? new Holder() : h;
            held.users++;
            return held;
        });
        try {
            if (!holder.lock.tryLock()) {
                beforeWaiting.run();
                holder.lock.lockInterruptibly();
            }
        } catch (InterruptedException | RuntimeException e) {
            release(key);
            throw e;
        }
        return new UserLock(key, holder);
    }

    /** Releases the lock (once; later calls do nothing). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            holder.lock.unlock();
            release(key);
        }
    }

    /**
     * Runs {@code cycle} holding the lock {@code key} names, in this JVM.
     *
     * @throws CancellationException when the thread is interrupted while it waits; the flag stays set, nothing ran
     */
    public static <T> T oneAtATime(String key, String uiIdentityId, Supplier<T> cycle) {
        try (UserLock held = hold(key, () -> {})) {
            return cycle.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for another update of " + uiIdentityId
                    + " in this JVM to finish; nothing was sent");
        }
    }

    /** The number of users whose lock is held or awaited; 0 when no cycle runs. */
    static int inUse() {
        return LOCKS.size();
    }

    private static void release(String key) {
        LOCKS.compute(key, (k, h) -> --h.users == 0 ? null : h);
    }

    /** One user's lock and how many holds or waits there are on it (guarded by the map's compute). */
    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }
}
