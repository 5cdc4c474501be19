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
 * row's fingerprint, its status and, while a PUT is unconfirmed, a digest of what it sent.
 */
final class Journal implements AutoCloseable {
    private final Map<UserKey, State[]> states = new HashMap<>();
    private final DurableLines out;

    private Journal(DurableLines out) {
        this.out = out;
    }

    /**
     * Reads {@code path} (if it exists); when {@code write}, also opens it to append to, holding its lock.
     *
     * @throws IllegalArgumentException naming the line of a finished line whose status is missing or unknown, or of
     *     a damaged line
     */
    static Journal open(Path path, boolean write) throws IOException {
        Journal journal = new Journal(write ? DurableLines.open(path) : null);
        try {
            DurableLines.read(path, line -> {
                try {
                    journal.replay(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + " line " + line.number() + " " + e.getMessage(), e);
                }
            });
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /** A journal that records nothing and knows nothing. */
    static Journal none() {
        return new Journal(null);
    }

    /**
     * What the journal knew of each part (by {@link BulkTask.Kind#ordinal}, null: nothing) of a row of this user
     * when it was opened; asked once per user.
     */
    synchronized State[] take(UserKey user) {
        State[] known = states.remove(user);
        return known != null ? known : new State[BulkTask.Kind.values().length];
    }

    /** Records, before its PUT, that a part of a row is about to send {@code after}. */
    void started(BulkTask task, UserKey user, BulkTask.Kind part, JsonObject after) throws IOException {
        JsonObject line = line("started", task, user, part);
        line.add("after", after);
        write(line);
    }

    /** Records how a part of a row ended, and what became of its PUT (null: it sent none). */
    void finished(BulkTask task, UserKey user, BulkTask.Kind part, RowStatus status, Put put) throws IOException {
        JsonObject line = line("finished", task, user, part);
        line.addProperty("status", status.name());
        if (put != null) {
            line.addProperty("put", put.text());
        }
        write(line);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private void write(JsonObject line) throws IOException {
        if (out != null) {
            out.append(line);
        }
    }

    private static JsonObject line(String event, BulkTask task, UserKey user, BulkTask.Kind part) {
        JsonObject line = new JsonObject();
        line.addProperty("event", event);
        if (part != BulkTask.Kind.PROFILE) {
            line.addProperty("part", part.text());
        }
        line.addProperty("uiIdentityId", user.uiIdentityId());
        line.addProperty("accountSwitchKey", user.account());
        line.addProperty("row", task.fingerprint());
        line.addProperty("line", task.line());
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
    record State(String fingerprint, String sent, RowStatus finished) {}
}
