package io.github.iamuser.bulk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A file of JSON lines that survives a crash at any moment: each line is written whole and forced
 * to the disk before {@link #append} returns; one run holds the file's lock at a time; a line cut
 * short by a crash is closed by a line break before the next one is written, and is read back as
 * incomplete. New files are readable by their owner only (they hold personal data).
 */
final class DurableLines implements AutoCloseable {
    /** Compact JSON; nulls written (an absent account switch key is {@code null}); {@code <} and the like as they are. */
    private static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** Opens a file's channel to read and append: {@link FileChannel#open}; tests put a full disk here. */
    static Opener opener = path -> FileChannel.open(
            path,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ),
            LocalFiles.ownerOnly());

    private final FileChannel channel;
    private final FileLock lock;

    private DurableLines(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens {@code path} for appending (created if missing) and locks it; refused when another run holds it.
     *
     * @throws IllegalArgumentException when the file's folder does not exist, or it cannot be written (a folder)
     */
    static DurableLines open(Path path) throws IOException {
        FileChannel channel;
        try {
            channel = opener.open(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + " cannot be created: its folder does not exist. Create the"
                    + " folder, or give a file in one that does. Nothing was sent.");
        } catch (FileSystemException e) {
            throw new IllegalArgumentException(path + " cannot be written (" + e.getReason() + "): give a file you may"
                    + " write, not a folder. Nothing was sent.");
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException(path + " is in use by another run (it holds the file's lock):"
                        + " let that run finish, or give another file.");
            }
            DurableLines lines = new DurableLines(channel, lock);
            lines.closeCutLine();
            return lines;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Appends {@code json} as one line and forces it to the disk. */
    synchronized void append(JsonObject json) throws IOException {
        write((GSON.toJson(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** A crash may have cut the last line short: end it, so that the next line starts on a line of its own. */
    private void closeCutLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != '\n') {
            write(new byte[] {'\n'});
        }
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long at = channel.size();
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        channel.force(false);
    }

    /** Reads every line of {@code path} (none when it does not exist): each a JSON object, or null when incomplete. */
    static List<Line> read(Path path) throws IOException {
        List<String> texts;
        try {
            texts = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " cannot be read ("
                    + (e instanceof CharacterCodingException ? "it is not UTF-8 text" : e.getMessage())
                    + "): give the file a run wrote. Nothing was sent.");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isBlank()) {
                continue;
            }
            JsonObject json = null;
            try {
                JsonElement parsed = JsonParser.parseString(text);
                json = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
            } catch (JsonParseException cut) {
                // a line a crash cut short: its write never finished, so what it would record never happened
            }
            lines.add(new Line(i + 1, json));
        }
        return lines;
    }

    /** One line of a file: its number (from 1) and its JSON object, null when the line is incomplete. */
    record Line(long number, JsonObject json) {
        /** The text member {@code name}, or null when absent or not text. */
        String text(String name) {
            JsonElement value = json == null ? null : json.get(name);
            return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
        }

        /** The object member {@code name}, or null. */
        JsonObject object(String name) {
            JsonElement value = json == null ? null : json.get(name);
            return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
        }
    }

    /** How {@link #open} gets a file's channel. */
    interface Opener {
        FileChannel open(Path path) throws IOException;
    }
}
