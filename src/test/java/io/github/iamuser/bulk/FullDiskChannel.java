package io.github.iamuser.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real file's channel on a disk with {@code free} bytes left, for {@link DurableLines#opener}: a
 * write takes what fits (a short write, as the kernel does), and the next one fails with "No space
 * left on device"; {@link #free} makes room again. Truncating gives the space back, as on a real disk.
 */
public final class FullDiskChannel extends FileChannel {
    private static final Map<Path, Long> FREE = new ConcurrentHashMap<>();

    private final FileChannel file;
    private final Path path;

    private FullDiskChannel(FileChannel file, Path path) {
        this.file = file;
        this.path = path;
    }

    /** Runs {@code body} with files opened by {@link DurableLines} on this disk; {@code path} gets {@code free} bytes. */
    public static void with(Path path, long free, Body body) throws Exception {
        DurableLines.Opener real = DurableLines.opener;
        FREE.put(path.toAbsolutePath(), free);
        DurableLines.opener = p -> {
            FileChannel channel = real.open(p);
            return FREE.containsKey(p.toAbsolutePath()) ? new FullDiskChannel(channel, p.toAbsolutePath()) : channel;
        };
        try {
            body.run();
        } finally {
            DurableLines.opener = real;
            FREE.remove(path.toAbsolutePath());
        }
    }

    /** Gives {@code path} {@code bytes} more room. */
    public static void free(Path path, long bytes) {
        FREE.merge(path.toAbsolutePath(), bytes, Long::sum);
    }

    /** Leaves {@code path} exactly {@code bytes} of room. */
    public static void left(Path path, long bytes) {
        FREE.put(path.toAbsolutePath(), bytes);
    }

    /** What runs on the full disk. */
    public interface Body {
        void run() throws Exception;
    }

    private int take(ByteBuffer src) throws IOException {
        long free = FREE.getOrDefault(path, Long.MAX_VALUE);
        if (free <= 0 && src.hasRemaining()) {
            throw new IOException("No space left on device");
        }
        return (int) Math.min(src.remaining(), free);
    }

    private int account(ByteBuffer src, int allowed, WriteOp op) throws IOException {
        int limit = src.limit();
        src.limit(src.position() + allowed);
        try {
            int written = op.write(src);
            FREE.computeIfPresent(path, (p, f) -> f - written);
            return written;
        } finally {
            src.limit(limit);
        }
    }

    private interface WriteOp {
        int write(ByteBuffer src) throws IOException;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return account(src, take(src), file::write);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        return account(src, take(src), b -> file.write(b, position));
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        long before = file.size();
        file.truncate(size);
        FREE.computeIfPresent(path, (p, f) -> f + Math.max(0, before - size));
        return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return file.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException("not used by DurableLines");
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public void force(boolean metaData) throws IOException {
        file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new UnsupportedOperationException("not used by DurableLines");
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException("not used by DurableLines");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}
