package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.bulk.BackupEntry.Put;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of a run that lets the same run, started again, finish it: before each PUT a
 * {@code started} line with the part about to be sent, after each part of a row a {@code finished} line
 * with its status and what became of its PUT ({@code "put"}: applied, refused, unknown), all forced to
 * the disk; a grants or notifications line names its {@code "part"} (none: the profile). Read back line by
 * line, a part whose latest line says it finished as asked is skipped; a part whose PUT went out
 * unconfirmed is done when the server already holds what was sent. What is kept per user and part is its
 * row's fingerprint, its status and, while a PUT is unconfirmed, a digest of what it sent. It also writes the
 * run's {@link Backup} lines, each before the journal's line of the same moment.
 */
final class Journal implements AutoCloseable {
    private final Map<UserKey, State[]> states = new HashMap<>();
    private final DurableLines out;
    private DurableLines backup;

    private Journal(DurableLines out) {
        this.out = out;
    }

    /**
     * Reads the journal {@code path} (if given and it exists); when {@code write}, also opens it and then
     * {@code backup} (if given) to append to, holding their locks.
     *
     * @throws IllegalArgumentException naming the line of a finished line whose status is missing or unknown, or of
     *     a damaged line
     */
    static Journal open(Path path, Path backup, boolean write) throws IOException {
        Journal journal = new Journal(path != null && write ? DurableLines.open(path) : null);
        try {
            if (path != null) {
                DurableLines.read(path, line -> {
                    try {
                        journal.replay(line);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(path + " line " + line.number() + " " + e.getMessage(), e);
                    }
                });
            }
            if (backup != null && write) {
                journal.backup = DurableLines.open(backup);
            }
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /**
     * What the journal knew of each part (by {@link BulkTask.Kind#ordinal}, null: nothing) of this user's row with
     * {@code fingerprint} (not an earlier row of the user) when it was opened; asked once per user.
     */
    synchronized State[] take(UserKey user, String fingerprint) {
        State[] known = states.remove(user);
        State[] row = new State[BulkTask.Kind.values().length];
        for (int i = 0; known != null && i < row.length; i++) {
            row[i] = known[i] != null && known[i].fingerprint().equals(fingerprint) ? known[i] : null;
        }
        return row;
    }

    /** Records, before its PUT, that a part of a row is about to change {@code before} to {@code after}. */
    void started(BulkTask task, UserKey user, BulkTask.Kind part, JsonObject before, JsonObject after)
            throws IOException {
        JsonObject backedUp = line(null, task, user, part);
        backedUp.add("before", before);
        backedUp.add("after", after);
        JsonObject line = line("started", task, user, part);
        line.add("after", after);
        write(backedUp, line);
    }

    /** Records how a part of a row ended, and what became of its PUT (null: it sent none). */
    void finished(BulkTask task, UserKey user, BulkTask.Kind part, RowStatus status, Put put) throws IOException {
        JsonObject backedUp = put == null ? null : line(null, task, user, part);
        JsonObject line = line("finished", task, user, part);
        line.addProperty("status", status.name());
        if (put != null) {
            backedUp.addProperty("put", put.text());
            line.addProperty("put", put.text());
        }
        write(backedUp, line);
    }

    @Override
    public void close() throws IOException {
        try (DurableLines journal = out;
                DurableLines backupLines = backup) {
            // closes both
        }
    }

    /** Writes {@code backedUp} to the backup (null: nothing), then {@code line} to the journal. */
    private void write(JsonObject backedUp, JsonObject line) throws IOException {
        if (backup != null && backedUp != null) {
            backup.append(backedUp);
        }
        if (out != null) {
            out.append(line);
        }
    }

    /**
     * A line's start: the journal's {@code event} and row (null: a line of the backup), the user and the part
     * (none: the profile).
     */
    private static JsonObject line(String event, BulkTask task, UserKey user, BulkTask.Kind part) {
        JsonObject line = new JsonObject();
        if (event != null) {
            line.addProperty("event", event);
        }
        line.addProperty("uiIdentityId", user.uiIdentityId());
        line.addProperty("accountSwitchKey", user.account());
        if (part != BulkTask.Kind.PROFILE) {
            line.addProperty("part", part.text());
        }
        if (event != null) {
            line.addProperty("row", task.fingerprint());
            line.addProperty("line", task.line());
        }
        return line;
    }

    /** Applies one line to what the journal knows; the cut last line of a stop mid-write is ignored. */
    private synchronized void replay(DurableLines.Line line) {
        String event = line.text("event");
        String user = line.text("uiIdentityId");
        String row = line.text("row");
        BulkTask.Kind part = BulkTask.Kind.of(line.text("part"));
        if (line.json() == null || event == null || user == null || row == null || part == null) {
            return;
        }
        State[] parts = states.computeIfAbsent(
                new UserKey(line.text("accountSwitchKey"), user), k -> new State[BulkTask.Kind.values().length]);
        State known = parts[part.ordinal()];
        if (event.equals("started")) {
            JsonObject after = line.object("after");
            parts[part.ordinal()] = new State(row, after == null ? null : digest(after), null);
        } else if (event.equals("finished")) {
            String status = line.text("status");
            if (Arrays.stream(RowStatus.values()).noneMatch(s -> s.name().equals(status))) {
                throw new IllegalArgumentException((status == null ? "has no status" : "has the status " + status)
                        + ", which is not one of "
                        + Arrays.toString(RowStatus.values()) + ": give the journal this command wrote, or a new"
                        + " file to start a new run. Nothing was sent.");
            }
            boolean unconfirmed = !RowStatus.valueOf(status).done() && Put.of(line.text("put")) != Put.REFUSED;
            String sent = unconfirmed && known != null && known.fingerprint().equals(row) ? known.sent() : null;
            parts[part.ordinal()] = new State(row, sent, RowStatus.valueOf(status));
        }
    }

    /**
     * A digest of a profile's (or part's) values (an absent text field counts as empty), to tell later whether the server
     * holds exactly it.
     */
    static String digest(JsonObject profile) {
        Map<String, String> values = new TreeMap<>();
        profile.entrySet().stream()
                .filter(e -> !e.getValue().isJsonNull()
                        && !(e.getValue().isJsonPrimitive()
                                && e.getValue().getAsString().isEmpty()))
                .forEach(e -> values.put(e.getKey(), e.getValue().toString()));
        return BulkTask.fingerprint(values.toString());
    }

    /**
     * The latest the journal knows of one part of a user: the row (fingerprint), a {@link #digest} of what its PUT
     * sent while that is unconfirmed (null otherwise), and how it finished (null if it never did).
     */
    record State(String fingerprint, String sent, RowStatus finished) {
        /** True when the part finished as asked. */
        boolean done() {
            return finished != null && finished.done();
        }
    }
}
