package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
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
    private final Map<String, State> states;
    private final DurableLines out;
    private int incompleteLines;

    private Journal(Map<String, State> states, DurableLines out) {
        this.states = states;
        this.out = out;
    }

    /** Reads {@code path} (if it exists); when {@code write}, also opens it to append to, holding its lock. */
    static Journal open(Path path, boolean write) throws IOException {
        DurableLines out = write ? DurableLines.open(path) : null;
        Journal journal = new Journal(new HashMap<>(), out);
        for (Lines.Line line : DurableLines.read(path)) {
            journal.replay(line);
        }
        return journal;
    }

    /** A journal that records nothing and knows nothing. */
    static Journal none() {
        return new Journal(Map.of(), null);
    }

    /** What the journal knows of a row of this user in this account (null: the client's default), or null. */
    synchronized State state(String account, String uiIdentityId) {
        return states.get(key(account, uiIdentityId));
    }

    /** How many lines a crash had cut short (they were ignored). */
    int incompleteLines() {
        return incompleteLines;
    }

    /** Records, before its PUT, that a row is about to send {@code after}. */
    void started(BulkTask task, String account, JsonObject after) throws IOException {
        JsonObject line = line("started", task, account);
        line.add("after", after);
        write(line, account, task.uiIdentityId(), new State(task.fingerprint(), after, null));
    }

    /** Records how a row ended. */
    void finished(BulkTask task, String account, RowStatus status) throws IOException {
        JsonObject line = line("finished", task, account);
        line.addProperty("status", status.name());
        State before = state(account, task.uiIdentityId());
        JsonObject after = before != null && before.fingerprint().equals(task.fingerprint()) ? before.after() : null;
        write(line, account, task.uiIdentityId(), new State(task.fingerprint(), after, status));
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private void write(JsonObject line, String account, String uiIdentityId, State state) throws IOException {
        if (out == null) {
            return;
        }
        out.append(line);
        synchronized (this) {
            states.put(key(account, uiIdentityId), state);
        }
    }

    private static JsonObject line(String event, BulkTask task, String account) {
        JsonObject line = new JsonObject();
        line.addProperty("event", event);
        line.addProperty("uiIdentityId", task.uiIdentityId());
        line.addProperty("accountSwitchKey", account);
        line.addProperty("row", task.fingerprint());
        line.addProperty("line", task.line());
        return line;
    }

    private void replay(Lines.Line line) {
        String event = line.text("event");
        String user = line.text("uiIdentityId");
        String row = line.text("row");
        if (line.json() == null || event == null || user == null || row == null) {
            incompleteLines++;
            return;
        }
        String key = key(line.text("accountSwitchKey"), user);
        State known = states.get(key);
        if (event.equals("started")) {
            states.put(key, new State(row, line.object("after"), null));
        } else if (event.equals("finished")) {
            JsonObject after = known != null && known.fingerprint().equals(row) ? known.after() : null;
            states.put(key, new State(row, after, RowStatus.valueOf(line.text("status"))));
        }
    }

    private static String key(String account, String uiIdentityId) {
        return (account == null ? "" : account) + "\n" + uiIdentityId;
    }

    /**
     * The latest the journal knows of one user: the row (fingerprint), the profile its PUT was about
     * to send (null if it never got there), and how it finished (null if it never did).
     */
    record State(String fingerprint, JsonObject after, RowStatus finished) {}
}
