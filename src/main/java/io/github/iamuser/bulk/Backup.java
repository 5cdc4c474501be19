package io.github.iamuser.bulk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.bulk.BackupEntry.Put;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * A backup: before each PUT, a JSON line with {@code uiIdentityId}, {@code accountSwitchKey}, {@code
 * before} (the 17 fields as read) and {@code after} (the 17 fields about to be sent), forced to the disk;
 * after the PUT, a line with the user and {@code "put"}: {@code applied}, {@code refused} (the server
 * said no) or {@code unknown}. A grants or notifications PUT's lines also name their {@code "part"}, and
 * its before and after hold {@code authGrants} or {@code notifications} in the PUT's form. Read back ({@link #read}), it is what {@link BulkUpdate#restore} puts back:
 * its file, the IAM version of its profiles, how many PUTs it backs up, and the lines a stop cut short.
 */
public final class Backup {
    private final Path path;
    private final Map<UserKey, long[]> users = new LinkedHashMap<>();
    private final List<Long> incompleteLines = new ArrayList<>();
    private ApiVersion version;
    private long versionLine;
    private long entries;

    private Backup(Path path) {
        this.path = path;
    }

    /**
     * Reads a backup line by line, checking every line and keeping where each user's lines are (their
     * profiles are read again when the user's turn comes). Only the last line may be cut short (a stop
     * mid-write): it is left out and its number kept in {@link #incompleteLines()}.
     *
     * @throws IllegalArgumentException naming the line that lacks a member or a field, is damaged (not JSON, yet
     *     followed by other lines), or records a PUT that no line before it backs up (lines are missing)
     * @throws NoSuchFileException when there is no file at {@code path}
     */
    public static Backup read(Path path) throws IOException {
        if (Files.notExists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no backup there: give the file a run's backup wrote");
        }
        Backup read = new Backup(path);
        DurableLines.read(path, read::add);
        return read;
    }

    /**
     * The entry of a line that {@link #read} checked: a PUT backed up, or (with null profiles) what became of the
     * user's previous one.
     */
    static BackupEntry entry(Path path, DurableLines.Line line) {
        String user = line.text("uiIdentityId");
        JsonObject before = line.object("before");
        JsonObject after = line.object("after");
        String where = path + " line " + line.number();
        BulkTask.Kind part = BulkTask.Kind.of(line.text("part"));
        if (part == null) {
            throw new IllegalArgumentException(where + " names the part " + line.text("part") + ", which is not one of"
                    + " profile, grants, notifications: give a file that --backup wrote, unedited.");
        }
        Put put = Put.UNKNOWN;
        if (user != null && before == null && after == null && line.text("put") != null) {
            put = Put.of(line.text("put"));
            if (put == null) {
                throw new IllegalArgumentException(where + " says the PUT was " + line.text("put") + ", which is not"
                        + " one of applied, refused, unknown: give a file that --backup wrote, unedited.");
            }
        } else if (user == null || before == null || after == null) {
            throw new IllegalArgumentException(where + " is not a backup entry: it needs"
                    + " uiIdentityId, before and after (give a file that --backup wrote).");
        } else if (part != BulkTask.Kind.PROFILE) {
            String member = part == BulkTask.Kind.GRANTS ? "authGrants" : "notifications";
            for (JsonObject held : List.of(before, after)) {
                JsonElement value = held.get(member);
                if (value == null || (part == BulkTask.Kind.GRANTS ? !value.isJsonArray() : !value.isJsonObject())) {
                    throw new IllegalArgumentException(where + " lacks " + member + ": a " + part.text()
                            + " entry holds it in before and after (give a file that --backup wrote, unedited).");
                }
            }
        } else {
            ApiVersion version = ProfileField.versionOf(before);
            if (ProfileField.versionOf(after) != version) {
                throw new IllegalArgumentException(where + " holds an " + version + " before and an "
                        + ProfileField.versionOf(after)
                        + " after, but a backup is written in one IAM version: give a file that"
                        + " --backup wrote, unedited.");
            }
            for (JsonObject profile : List.of(before, after)) {
                List<String> missing = ProfileField.missingOrNull(profile, version);
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(where + " lacks " + String.join(", ", missing)
                            + ": a backup entry holds all 17 fields in before and after.");
                }
            }
        }
        return new BackupEntry(line.number(), user, line.text("accountSwitchKey"), part, before, after, put);
    }

    /** The file read. */
    public Path path() {
        return path;
    }

    /** The IAM version the backup was written in (grants and notifications are v3), or null when it holds no entry. */
    public ApiVersion version() {
        return version;
    }

    /** How many PUTs the backup holds. */
    public long entries() {
        return entries;
    }

    /** The numbers of the lines a stop cut short (left out). */
    public List<Long> incompleteLines() {
        return List.copyOf(incompleteLines);
    }

    /** Each user (as written) and the offset and number of each of its lines, in file order. */
    Map<UserKey, long[]> users() {
        return users;
    }

    private void add(DurableLines.Line line) {
        if (line.json() == null) {
            incompleteLines.add(line.number());
            return;
        }
        BackupEntry entry = entry(path, line);
        UserKey user = new UserKey(entry.accountSwitchKey(), entry.uiIdentityId());
        if (entry.before() == null && !users.containsKey(user)) {
            throw new IllegalArgumentException(path + " line " + line.number() + " records what became of a PUT of "
                    + entry.uiIdentityId() + ", but no line before it backs that PUT up: lines are missing from"
                    + " the file (a cut or edited copy): give the file that --backup wrote, whole.");
        }
        if (entry.before() != null) { // grants and notifications are IAM v3 only
            ApiVersion written =
                    entry.part() == BulkTask.Kind.PROFILE ? ProfileField.versionOf(entry.before()) : ApiVersion.V3;
            if (version == null) {
                version = written;
                versionLine = line.number();
            } else if (written != version) {
                throw new IllegalArgumentException(path + " line " + line.number() + " holds " + written
                        + " entries, and line " + versionLine + " " + version + " ones, but a backup is written"
                        + " in one IAM version: give a file that --backup wrote, unedited.");
            }
            entries++;
        }
        users.merge(user, new long[] {line.offset(), line.number()}, Backup::concat);
    }

    /** The numbers of {@code a}, then those of {@code b}. */
    static long[] concat(long[] a, long[] b) {
        return LongStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
    }
}
