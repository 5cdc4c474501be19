package io.github.iamuser.bulk;

import io.github.iamuser.internal.LocalFiles;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileChange;
import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One unit of a bulk run, from a row or a backup entry: where it came from, the user and account
 * (null: the client's default), a fingerprint of what it asks (so a journal tells this row from
 * another row of the same user), the change it makes, and a check run just before its PUT (a
 * restore's conflict check; throwing stops the PUT).
 */
record BulkTask(
        long line,
        String uiIdentityId,
        String accountSwitchKey,
        String fingerprint,
        Supplier<ProfileChange> change,
        WriteAheadHook check) {

    /** A short SHA-256 of {@code what}: the same text, the same fingerprint. */
    static String fingerprint(String what) {
        return LocalFiles.sha256(what).substring(0, 32);
    }

    /** The tasks {@code 0..size-1}, each made by {@code make} when asked for, so that only running tasks are held. */
    static List<BulkTask> lazily(int size, IntFunction<BulkTask> make) {
        return new AbstractList<>() {
            @Override
            public BulkTask get(int index) {
                return make.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
