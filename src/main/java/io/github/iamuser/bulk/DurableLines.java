package io.github.iamuser.bulk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.iamuser.internal.LocalFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Set;
import java.util.function.Consumer;

/**
 * A file of JSON lines that survives a crash or a full disk at any moment: each line is written
 * whole and forced to the disk before {@link #append} returns; a write that fails is cut off again
 * and every later append refused, so nothing is written after a gap; a line cut short by a crash is
 * removed when the file is opened again. One run holds the file's lock at a time. Read back, a cut
 * last line is incomplete (a stop mid-write), and a broken line followed by others is damage. New
 * files are readable by their owner only (they hold personal data).
 */
final class DurableLines implements AutoCloseable {
    /** Compact JSON; nulls written (an absent account switch key is {@code null}); {@code <} and the like as they are. */
    private static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** What {@link #parse} gives for a blank line. */
    private static final JsonObject BLANK = new JsonObject();

    /** The longest line a run writes, with room to spare: a longer last line is not one of ours. */
    private static final int MAX_LINE = 1 << 20;

    /** Opens a file's channel to read and append: {@link FileChannel#open}; tests put a full disk here. */
    static Opener opener = path -> FileChannel.open(
            path,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ),
            LocalFiles.ownerOnly());

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private String failed;

    private DurableLines(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens {@code path} for appending (created if missing) and locks it; refused when another run holds it.
     *
     * @throws IllegalArgumentException when the file's folder does not exist, it cannot be written (a folder), or
     *     it ends with a line this class did not write
     */
    static DurableLines open(Path path) throws IOException {
        FileChannel channel;
        try {
            channel = opener.open(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + " cannot be created: its folder does not exist"
                    + (Files.isSymbolicLink(path) ? " (it is a link to " + Files.readSymbolicLink(path) + ")" : "")
                    + ". Create the folder, or give a file in one that does. Nothing was sent.");
        } catch (FileSystemException e) {
            throw new IllegalArgumentException(path + " cannot be written (" + e.getReason() + "): give a file you may"
                    + " write, not a folder. Nothing was sent.");
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                throw new IllegalStateException(path + " is in use by another run in this process, or is this run's"
                        + " backup or journal under another name (a link to it): give each run and each file its own.");
            }
            if (lock == null) {
                throw new IllegalStateException(path + " is in use by another run (it holds the file's lock):"
                        + " let that run finish, or give another file.");
            }
            DurableLines lines = new DurableLines(path, channel, lock);
            lines.dropCutLine();
            return lines;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Appends {@code json} as one line and forces it to the disk.
     *
     * @throws IOException naming the file and why, when the line could not be written whole (then it is cut off
     *     again) or an earlier one could not: no line is written after a failed one
     */
    synchronized void append(JsonObject json) throws IOException {
        if (failed != null) {
            throw new IOException(failed);
        }
        ByteBuffer buffer = ByteBuffer.wrap((GSON.toJson(json) + "\n").getBytes(StandardCharsets.UTF_8));
        long start = channel.size();
        try {
            for (long at = start; buffer.hasRemaining(); ) {
                at += channel.write(buffer, at);
            }
            channel.force(false);
        } catch (IOException e) {
            failed = path + " could not be written ("
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")";
            try {
                channel.truncate(start);
                channel.force(false);
            } catch (IOException stillFailing) {
                // the part written stays until the file is opened again, which removes it
            }
            throw new IOException(failed, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** A crash may have cut the last line short: its write never finished, so it is removed. */
    private void dropCutLine() throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, MAX_LINE);
        ByteBuffer last = ByteBuffer.allocate(tail);
        while (last.hasRemaining() && channel.read(last, size - tail + last.position()) > 0) {
            // read the tail whole
        }
        if (tail == 0 || last.get(tail - 1) == '\n') {
            return;
        }
        int start = tail - 1;
        while (start > 0 && last.get(start - 1) != '\n') {
            start--;
        }
        if (last.get(start) != '{' || (start == 0 && size > tail)) {
            throw new IllegalArgumentException(path + " does not end with a line of JSON: it is not a file this command"
                    + " wrote; give the file a run wrote, or a new one. Nothing was sent.");
        }
        channel.truncate(size - tail + start);
        channel.force(false);
    }

    /**
     * Reads {@code path} line by line (nothing when it does not exist), giving each a JSON object or null when
     * incomplete; holds one line at a time.
     *
     * @throws IllegalArgumentException naming the file and line when a line that is not complete JSON is followed by
     *     others (damage, not a stop mid-write), or the file cannot be read
     */
    static void read(Path path, Consumer<Line> each) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            Line[] cut = {null};
            lines(in, 0, Long.MAX_VALUE, line -> emit(path, line, cut, each));
            if (cut[0] != null) {
                each.accept(cut[0]);
            }
        } catch (NoSuchFileException none) {
            // nothing written yet
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    path + " cannot be read (" + e.getMessage() + "): give the file a run wrote. Nothing was sent.");
        }
    }

    /** Reads the line at {@code offset} of {@code path} (as {@link #read} gave it), or null when it is incomplete. */
    static JsonObject readAt(Path path, long offset) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(offset);
            JsonObject[] json = {null};
            lines(in, offset, 1, line -> json[0] = line.json());
            return json[0] == BLANK ? null : json[0];
        }
    }

    /** Gives at most {@code most} lines of {@code in}, the first at {@code offset}, numbered from 1. */
    private static void lines(InputStream in, long offset, long most, Consumer<Line> each) throws IOException {
        byte[] chunk = new byte[1 << 13];
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        long number = 0;
        long start = offset;
        for (int n; number < most && (n = in.read(chunk)) > 0; offset += n) {
            int from = 0;
            for (int i = 0; i < n && number < most; i++) {
                if (chunk[i] == '\n') {
                    text.write(chunk, from, i - from);
                    each.accept(new Line(++number, start, parse(text)));
                    text.reset();
                    from = i + 1;
                    start = offset + i + 1;
                }
            }
            text.write(chunk, from, n - from);
        }
        if (number < most && text.size() > 0) {
            each.accept(new Line(++number, start, parse(text)));
        }
    }

    /** Gives {@code line} on, holding back an incomplete one: only the last line may be cut short. */
    private static void emit(Path path, Line line, Line[] cut, Consumer<Line> each) {
        if (line.json() == BLANK) {
            return;
        }
        if (cut[0] != null) {
            throw new IllegalArgumentException(path + " line " + cut[0].number() + " is damaged: it is not complete"
                    + " JSON, yet more lines follow it (a stop mid-write cuts only the last line). The file was"
                    + " edited or broken: give the file the run wrote, unedited. Nothing was sent.");
        }
        if (line.json() == null) {
            cut[0] = line;
        } else {
            each.accept(line);
        }
    }

    /** The line's JSON object; null when it is not one (cut short, or not UTF-8); {@link #BLANK} when blank. */
    private static JsonObject parse(ByteArrayOutputStream bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            if (text.isBlank()) {
                return BLANK;
            }
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (CharacterCodingException | JsonParseException cut) {
            return null;
        }
    }

    /** One line of a file: its number (from 1), where it starts (bytes), and its JSON object, null when incomplete. */
    record Line(long number, long offset, JsonObject json) {
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
