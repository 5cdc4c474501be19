package io.github.iamuser.cli;

import io.github.iamuser.internal.LocalFiles;
import io.github.iamuser.internal.UserLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/**
 * The lock an {@code iam-user update}, and each row of {@code bulk} and {@code restore}, holds on a user
 * for its whole read-modify-write, so that updates of one user from several processes of this machine
 * run one after the other: the user's {@link UserLock} in this JVM, then an exclusive lock on a file of
 * the user's cache directory, released when closed or when the process ends.
 */
record LockFile(UserLock user, FileChannel channel) implements AutoCloseable {
    /** The lock file of the user {@code userKey} names ({@link UserLock#key}): its hash, in the locks directory. */
    static Path file(Map<String, String> env, Path home, String userKey) {
        String cache = env.get("XDG_CACHE_HOME");
        Path directory = cache != null && Path.of(cache).isAbsolute() ? Path.of(cache) : home.resolve(".cache");
        return directory.resolve("iam-user").resolve("locks").resolve(LocalFiles.sha256(userKey) + ".lock");
    }

    /**
     * Takes the user's lock in this JVM, then the one in its file, first saying on {@code err} what it waits
     * for when another holds either.
     *
     * @throws InterruptedException at once when the thread is interrupted while waiting; nothing is held
     */
    static LockFile acquire(Map<String, String> env, Path home, String userKey, PrintWriter err)
            throws IOException, InterruptedException {
        Path file = file(env, home, userKey);
        String waiting = "iam-user: waiting for another update of this user to finish (lock " + file + ")";
        boolean[] said = {false};
        UserLock user = UserLock.hold(userKey, () -> {
            err.println(waiting);
            said[0] = true;
        });
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            // owner-only: no one else can hold the lock
            channel = FileChannel.open(
                    file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), LocalFiles.ownerOnly());
            if (channel.tryLock() == null) {
                if (!said[0]) {
                    err.println(waiting);
                }
                channel.lock();
            }
            return new LockFile(user, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            user.close();
            if (e instanceof IOException && Thread.interrupted()) { // the flag is passed on as the exception
                throw new InterruptedException("interrupted while waiting for the lock " + file);
            }
            if (e instanceof IOException) {
                throw new IllegalStateException(
                        "Cannot lock " + file + " (" + e + "): set XDG_CACHE_HOME to a directory this user may write.",
                        e);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            user.close();
        }
    }
}
