package io.github.iamuser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return directory.resolve("iam-user").resolve("locks").resolve(sha256(key) + ".lock");
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
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly());
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

    /** Read and write for the owner only, where files have POSIX permissions: no one else can hold the lock. */
    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
