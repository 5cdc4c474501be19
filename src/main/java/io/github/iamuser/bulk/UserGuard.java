package io.github.iamuser.bulk;

import java.io.Closeable;
import java.io.IOException;

/**
 * Held around each row's read-modify-write, for example a lock that other processes of the machine
 * respect (the command line's per-user lock file, which takes the user's {@link
 * io.github.iamuser.internal.UserLock} in this JVM first); within one JVM the client already runs the
 * cycles of one user one at a time.
 */
@FunctionalInterface
public interface UserGuard {
    /**
     * Takes the guard of the user that {@code userKey} names ({@link io.github.iamuser.internal.UserLock#key}:
     * host, account and id, letter case aside); closing what it returns releases it.
     *
     * @throws InterruptedException when the thread is interrupted while waiting; nothing is held
     */
    Closeable hold(String userKey) throws IOException, InterruptedException;
}
