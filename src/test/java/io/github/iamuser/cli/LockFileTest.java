package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.internal.LocalFiles;
import io.github.iamuser.internal.UserLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LockFile alone: where a user's lock file is, and holding it. */
class LockFileTest {
    private static final String KEY = UserLock.key("akab-host.luna.akamaiapis.net", null, "A-B-1CDEFG");

    @Test
    void theFileIsUnderAnAbsoluteXdgCacheHomeElseUnderHomesCache(@TempDir Path home) {
        String name = LocalFiles.sha256(KEY) + ".lock";
        Path cache = home.resolve("xdg");
        assertEquals(
                cache.resolve("iam-user/locks/" + name),
                LockFile.file(Map.of("XDG_CACHE_HOME", cache.toString()), home, KEY));
        assertEquals(home.resolve(".cache/iam-user/locks/" + name), LockFile.file(Map.of(), home, KEY));
        assertEquals(
                home.resolve(".cache/iam-user/locks/" + name),
                LockFile.file(Map.of("XDG_CACHE_HOME", "relative/cache"), home, KEY),
                "a relative XDG_CACHE_HOME is ignored, as the XDG spec says");
    }

    @Test
    void eachUserHasItsOwnFile(@TempDir Path home) {
        assertNotEquals(
                LockFile.file(Map.of(), home, KEY),
                LockFile.file(Map.of(), home, UserLock.key("akab-host.luna.akamaiapis.net", null, "A-B-2HIJKL")));
        assertNotEquals(
                LockFile.file(Map.of(), home, KEY),
                LockFile.file(Map.of(), home, UserLock.key("akab-host.luna.akamaiapis.net", "1-ABC", "A-B-1CDEFG")));
    }

    @Test
    void acquiringCreatesAnOwnerOnlyFileLockedUntilClosed(@TempDir Path home) throws Exception {
        Path file = LockFile.file(Map.of(), home, KEY);
        StringWriter err = new StringWriter();
        try (LockFile held = LockFile.acquire(Map.of(), home, KEY, new PrintWriter(err, true))) {
            assertTrue(held.channel().isOpen());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertEquals("", err.toString(), "nothing to wait for");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertTrue(lock != null, "released when closed");
        }
    }

    @Test
    void aSecondHolderWaitsSayingForWhatThenGetsIt(@TempDir Path home) throws Exception {
        Path file = LockFile.file(Map.of(), home, KEY);
        StringWriter err = new StringWriter();
        CompletableFuture<Void> second;
        try (LockFile first = LockFile.acquire(Map.of(), home, KEY, new PrintWriter(err, true))) {
            second = CompletableFuture.runAsync(() -> {
                try (LockFile again = LockFile.acquire(Map.of(), home, KEY, new PrintWriter(err, true))) {
                    assertTrue(again.channel().isOpen());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (err.toString().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(
                    "iam-user: waiting for another update of this user to finish (lock " + file + ")"
                            + System.lineSeparator(),
                    err.toString());
            assertTrue(!second.isDone(), "it waits while the first holds the lock");
        }
        second.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aCacheThatCannotHoldTheLockSaysToSetXdgCacheHome(@TempDir Path home) throws Exception {
        Path notADirectory = Files.writeString(home.resolve("cache-file"), "");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", notADirectory.toString());
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> LockFile.acquire(env, home, KEY, new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().startsWith("Cannot lock " + LockFile.file(env, home, KEY)), e::getMessage);
        assertTrue(e.getMessage().endsWith(": set XDG_CACHE_HOME to a directory this user may write."), e::getMessage);
        LockFile.acquire(Map.of(), home, KEY, new PrintWriter(new StringWriter()))
                .close(); // the user's lock was let go
    }
}
