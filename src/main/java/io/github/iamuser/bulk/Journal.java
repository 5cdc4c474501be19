package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The record of a run that lets the same run, started again, finish it: before each PUT a
 * {@code started} line with the profile about to be sent, after each row a {@code finished} line
 * with its status, both forced to the disk. Read back, a row whose latest line says it finished as
 * asked is skipped; a row that started but never finished is done when the server already holds
 * what was about to be sent (the PUT went out before the stop).
 */
final class Journal implements AutoCloseable {
    private final Map<UserKey, State> states = new HashMap<>();
    private final DurableLines out;

    private Journal(DurableLines out) {
        this.out = out;
    }

    /**
     * Reads {@code path} (if it exists); when {@code write}, also opens it to append to, holding its lock.
     *
     * @throws IllegalArgumentException naming the line of a finished line whose status is missing or unknown
     */
    static Journal open(Path path, boolean write) throws IOException {
        Journal journal = new Journal(write ? DurableLines.open(path) : null);
        try {
            for (DurableLines.Line line : DurableLines.read(path)) {
                try {
                    journal.replay(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + " line " + line.number() + " " + e.getMessage(), e);
                }
            }
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

    /** What the journal knows of a row of this user, or null. */
    synchronized State state(UserKey user) {
        return states.get(user);
    }

    /** Records, before its PUT, that a row is about to send {@code after}. */
    void started(BulkTask task, UserKey user, JsonObject after) throws IOException {
        JsonObject line = line("started", task, user);
        line.add("after", after);
        write(line);
    }

    /** Records how a row ended. */
    void finished(BulkTask task, UserKey user, RowStatus status) throws IOException {
        JsonObject line = line("finished", task, user);
        line.addProperty("status", status.name());
        write(line);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    /** Appends the line, then knows what it says as if read back. */
    private void write(JsonObject line) throws IOException {
        if (out != null) {
            out.append(line);
            replay(new DurableLines.Line(0, line));
        }
    }

    private static JsonObject line(String event, BulkTask task, UserKey user) {
        JsonObject line = new JsonObject();
        line.addProperty("event", event);
        line.addProperty("uiIdentityId", user.uiIdentityId());
        line.addProperty("accountSwitchKey", user.account());
        line.addProperty("row", task.fingerprint());
        line.addProperty("line", task.line());
        return line;
    }

    /** Applies one line to what the journal knows; a line a crash cut short is ignored. */
    private synchronized void replay(DurableLines.Line line) {
        String event = line.text("event");
        String user = line.text("uiIdentityId");
        String row = line.text("row");
        if (line.json() == null || event == null || user == null || row == null) {
            return;
        }
        UserKey key = new UserKey(line.text("accountSwitchKey"), user);
        State known = states.get(key);
        if (event.equals("started")) {
            states.put(key, new State(row, line.object("after"), null));
        } else if (event.equals("finished")) {
            String status = line.text("status");
            if (Arrays.stream(RowStatus.values()).noneMatch(s -> s.name().equals(status))) {
                throw new IllegalArgumentException((status == null ? "has no status" : "has the status " + status)
                        + ", which is not one of "
                        + Arrays.toString(RowStatus.values()) + ": give the journal this command wrote, or a new"
                        + " file to start a new run. Nothing was sent.");
            }
            JsonObject after = known != null && known.fingerprint().equals(row) ? known.after() : null;
            states.put(key, new State(row, after, RowStatus.valueOf(status)));
        }
    }

    /**
     * The latest the journal knows of one user: the row (fingerprint), the profile its PUT was about
     * to send (null if it never got there), and how it finished (null if it never did).
     */
    record State(String fingerprint, JsonObject after, RowStatus finished) {}
}
