package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.bulk.BackupEntry.Put;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a backup into restore tasks, one per user, each read from the file when its turn comes: put
 * back the {@code before} of the user's first PUT the server did not refuse, if the profile is still
 * what those PUTs left (the last one's {@code after}; or, for a PUT never confirmed, its {@code before}
 * too), else a conflict unless forced. PUTs refused by the server changed nothing and count for nothing;
 * a PUT whose {@code before} is not what the earlier ones left is a conflict unless forced, since restoring
 * would undo a change made between them.
 */
final class RestorePlan {
    private RestorePlan() {}

    /** The tasks, made one at a time as {@link List#get} is called, so that only running ones hold profiles. */
    static List<BulkTask> tasks(Backup backup, String defaultAccount, boolean force) {
        Map<UserKey, long[]> merged = new LinkedHashMap<>();
        backup.users()
                .forEach((user, lines) ->
                        merged.merge(UserKey.of(user.account(), user.uiIdentityId(), defaultAccount), lines, (a, b) -> {
                            long[] both = Arrays.copyOf(a, a.length + b.length);
                            System.arraycopy(b, 0, both, a.length, b.length);
                            return both;
                        }));
        List<long[]> users = new ArrayList<>(merged.values());
        Path path = backup.path();
        return BulkTask.lazily(users.size(), index -> {
            long[] lines = users.get(index);
            List<BackupEntry> read = new ArrayList<>();
            try {
                for (int i = 0; i < lines.length; i += 2) {
                    JsonObject json = Objects.requireNonNull(DurableLines.readAt(path, lines[i]), "line cut");
                    read.add(Backup.entry(path, new DurableLines.Line(lines[i + 1], lines[i], json)));
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        path + " changed since it was read (" + e.getMessage() + "): give"
                                + " the backup as its run left it, and restore again",
                        e);
            }
            read.sort(Comparator.comparingLong(BackupEntry::line));
            List<BackupEntry> chain = new ArrayList<>();
            for (BackupEntry entry : read) {
                if (entry.before() != null) {
                    chain.add(entry);
                } else { // what became of the PUT of the line before
                    chain.set(chain.size() - 1, chain.get(chain.size() - 1).with(entry.put()));
                }
            }
            return task(chain, force);
        });
    }

    private static BulkTask task(List<BackupEntry> chain, boolean force) {
        BackupEntry first = chain.get(0);
        List<BackupEntry> sent =
                chain.stream().filter(entry -> entry.put() != Put.REFUSED).toList();
        if (sent.isEmpty()) { // every PUT was refused: nothing changed, nothing to put back
            return new BulkTask(
                    first.line(),
                    first.uiIdentityId(),
                    first.accountSwitchKey(),
                    BulkTask.fingerprint("restore refused\n" + first.uiIdentityId() + "\n" + first.before()),
                    ProfileChange::new,
                    WriteAheadHook.NONE);
        }
        JsonObject before = sent.get(0).before();
        JsonObject after = sent.get(sent.size() - 1).after();
        Set<JsonObject> left = Set.of(before); // what the PUTs so far may have left on the server
        String gap = null;
        BackupEntry previous = null;
        for (BackupEntry entry : sent) {
            if (!left.contains(entry.before())) {
                gap = "the backup's lines " + previous.line() + " and " + entry.line()
                        + " do not follow one another (the profile changed between them), so restoring line "
                        + sent.get(0).line() + "'s before would undo that change; restore with --force to put it"
                        + " back anyway";
            }
            left = entry.put() == Put.APPLIED ? Set.of(entry.after()) : Set.of(entry.before(), entry.after());
            previous = entry;
        }
        String broken = gap;
        Set<JsonObject> expected = left;
        WriteAheadHook check = (id, key, current, sending) -> {
            if (force) {
                return;
            }
            List<RowProblem> problems = new ArrayList<>();
            if (broken != null) {
                problems.add(new RowProblem(null, broken));
            }
            if (!expected.contains(current)) {
                for (ProfileField field : ProfileField.of(ProfileField.versionOf(after))) {
                    String name = field.jsonName();
                    if (!Objects.equals(current.get(name), after.get(name))) {
                        String values = field.personal()
                                ? "personal data, not shown"
                                : "now " + current.get(name) + ", the backup's after " + after.get(name);
                        problems.add(new RowProblem(
                                name,
                                "changed since the backup (" + values + "): left alone;"
                                        + " restore with --force to put the backup's before back anyway"));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new RowConflict(problems);
            }
        };
        boolean emailChanges = force
                || sent.stream()
                        .anyMatch(e -> !e.before().get("email").equals(e.after().get("email")));
        return new BulkTask(
                sent.get(0).line(),
                first.uiIdentityId(),
                first.accountSwitchKey(),
                BulkTask.fingerprint("restore\n" + first.uiIdentityId() + "\n" + before + "\n" + after),
                () -> change(before, emailChanges),
                check);
    }

    /** Sets all 17 fields (of the version the backup was written in) to their values in {@code profile}. */
    private static ProfileChange change(JsonObject profile, boolean allowEmailChange) {
        ProfileChange change = new ProfileChange();
        for (ProfileField field : ProfileField.of(ProfileField.versionOf(profile))) {
            change.set(field, profile.get(field.jsonName()).getAsString());
        }
        return allowEmailChange ? change.allowEmailChange() : change;
    }
}
