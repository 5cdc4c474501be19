package io.github.iamuser.cli;

import io.github.iamuser.bulk.LocalFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock one {@code iam-user update} holds on a user (host, account, id) for its whole
 * read-modify-write, so that updates of one user from several processes of this machine run one after
 * the other: an exclusive lock on a file of the user's cache directory, released when closed or when
 * the process ends.
 */
final class UserLock implements AutoCloseable {
    /** Threads of this JVM take turns first: a JVM may hold a file's lock only once. */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private UserLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** The lock file of a user: a hash of host, account switch key (null for none) and id, in the locks directory. */
    static Path file(Map<String, String> env, Path home, String host, String accountSwitchKey, String uiIdentityId) {
        String cache = env.get("XDG_CACHE_HOME");
        Path directory = cache != null && Path.of(cache).isAbsolute() ? Path.of(cache) : home.resolve(".cache");
        String key = host + "\n" + (accountSwitchKey == null ? "" : accountSwitchKey) + "\n" + uiIdentityId;
        return directory.resolve("iam-user").resolve("locks").resolve(LocalFiles.sha256(key) + ".lock");
    }

    /** Takes the lock in {@code file}, first saying on {@code err} what it waits for when another holds it. */
    static UserLock acquire(Path file, PrintWriter err) throws IOException {
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        String waiting = "iam-user: waiting for another update of this user to finish (lock " + file + ")";
        boolean waited = !local.tryLock();
        if (waited) {
            err.println(waiting);
            local.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            // owner-only: no one else can hold the lock
            channel = FileChannel.open(
                    file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), LocalFiles.ownerOnly());
            if (channel.tryLock() == null) {
                if (!waited) {
                    err.println(waiting);
                }
                channel.lock();
            }
            return new UserLock(local, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            if (e instanceof IOException) {
                throw new IllegalStateException(
                        "Cannot lock " + file + " (" + e + "): set XDG_CACHE_HOME to a directory this user may write.",
                        e);
            }
            throw e;
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
