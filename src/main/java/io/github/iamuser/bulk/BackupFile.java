package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.Field;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A backup: one JSON line per PUT, appended and forced to the disk before the PUT is sent, with
 * {@code uiIdentityId}, {@code accountSwitchKey}, {@code before} (the 17 fields as read) and
 * {@code after} (the 17 fields about to be sent). {@code iam-user restore} puts the befores back.
 */
public final class BackupFile {
    private BackupFile() {}

    /** The line that backs up one PUT, to append before it is sent. */
    static JsonObject line(String uiIdentityId, String accountSwitchKey, JsonObject before, JsonObject after) {
        JsonObject line = new JsonObject();
        line.addProperty("uiIdentityId", uiIdentityId);
        line.addProperty("accountSwitchKey", accountSwitchKey);
        line.add("before", before);
        line.add("after", after);
        return line;
    }

    /**
     * Reads a backup. Every line must be a complete entry, but for lines a crash cut short (their PUT
     * was never sent), which are left out and counted in {@link Read#incompleteLines()}.
     *
     * @throws IllegalArgumentException naming the line of an entry that lacks a member or a field
     */
    public static Read read(Path path) throws IOException {
        List<BackupEntry> entries = new ArrayList<>();
        List<Long> incomplete = new ArrayList<>();
        for (DurableLines.Line line : DurableLines.read(path)) {
            if (line.json() == null) {
                incomplete.add(line.number());
                continue;
            }
            String user = line.text("uiIdentityId");
            JsonObject before = line.object("before");
            JsonObject after = line.object("after");
            if (user == null || before == null || after == null) {
                throw new IllegalArgumentException(path + " line " + line.number() + " is not a backup entry: it needs"
                        + " uiIdentityId, before and after (give a file that --backup wrote).");
            }
            ApiVersion version = Field.versionOf(before);
            String mixed = Field.versionOf(after) != version
                    ? "an " + version + " before and an " + Field.versionOf(after) + " after"
                    : !entries.isEmpty() && Field.versionOf(entries.get(0).before()) != version
                            ? version + " profiles, and line " + entries.get(0).line() + " "
                                    + Field.versionOf(entries.get(0).before()) + " ones"
                            : null;
            if (mixed != null) {
                throw new IllegalArgumentException(path + " line " + line.number() + " holds " + mixed + ", but a"
                        + " backup is written in one IAM version: give a file that --backup wrote, unedited.");
            }
            for (JsonObject profile : List.of(before, after)) {
                List<String> missing = Field.missingOrNull(profile, version);
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(path + " line " + line.number() + " lacks "
                            + String.join(", ", missing) + ": a backup entry holds all 17 fields in before and after.");
                }
            }
            entries.add(new BackupEntry(line.number(), user, line.text("accountSwitchKey"), before, after));
        }
        return new Read(entries, incomplete);
    }

    /** A backup as read: its entries in file order, and the numbers of the lines a crash cut short. */
    public record Read(List<BackupEntry> entries, List<Long> incompleteLines) {
        /** Copies the lists. */
        public Read {
            entries = List.copyOf(entries);
            incompleteLines = List.copyOf(incompleteLines);
        }
    }
}
