package io.github.iamuser.bulk;

import java.io.Closeable;
import java.io.IOException;

/**
 * Held around each row's read-modify-write, for example a lock that other processes of the machine
 * respect (the command line's per-user lock file); within one JVM the client already runs the
 * cycles of one user one at a time.
 */
@FunctionalInterface
public interface UserGuard {
    /** Holds nothing. */
    UserGuard NONE = (accountSwitchKey, uiIdentityId) -> () -> {};

    /** Takes the guard of a user in an account (null: the client's default); closing it releases it. */
    Held hold(String accountSwitchKey, String uiIdentityId) throws IOException;

    /** A guard being held. */
    interface Held extends Closeable {}
}
