package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.profile.BeforePut;
import io.github.iamuser.profile.Field;
import io.github.iamuser.profile.ProfileChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a backup into restore tasks, one per user: put back the {@code before} of the user's first
 * entry, if the profile is still the {@code after} of its last entry (else a conflict, unless forced).
 * Repeated entries (a row whose PUT was backed up again when a stopped run was finished) count once;
 * entries that do not follow one another (one's before is not the previous one's after) are a
 * conflict unless forced, since restoring would undo a change made between them.
 */
final class RestorePlan {
    private RestorePlan() {}

    static List<BulkTask> tasks(List<BackupEntry> entries, String defaultAccount, boolean force) {
        Map<UserKey, List<BackupEntry>> byUser = new LinkedHashMap<>();
        for (BackupEntry entry : entries) {
            byUser.computeIfAbsent(
                            UserKey.of(entry.accountSwitchKey(), entry.uiIdentityId(), defaultAccount),
                            k -> new ArrayList<>())
                    .add(entry);
        }
        List<BulkTask> tasks = new ArrayList<>();
        for (List<BackupEntry> chain : byUser.values()) {
            tasks.add(task(distinct(chain), force));
        }
        return tasks;
    }

    private static List<BackupEntry> distinct(List<BackupEntry> chain) {
        List<BackupEntry> kept = new ArrayList<>();
        for (BackupEntry entry : chain) {
            BackupEntry last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null
                    || !last.before().equals(entry.before())
                    || !last.after().equals(entry.after())) {
                kept.add(entry);
            }
        }
        return kept;
    }

    private static BulkTask task(List<BackupEntry> chain, boolean force) {
        BackupEntry first = chain.get(0);
        BackupEntry last = chain.get(chain.size() - 1);
        JsonObject before = first.before();
        JsonObject after = last.after();
        String broken = null;
        for (int i = 1; i < chain.size(); i++) {
            if (!chain.get(i).before().equals(chain.get(i - 1).after())) {
                broken = "the backup's lines " + chain.get(i - 1).line() + " and "
                        + chain.get(i).line()
                        + " do not follow one another (the profile changed between them), so restoring line "
                        + first.line() + "'s before would undo that change; restore with --force to put it back anyway";
            }
        }
        String gap = broken;
        BeforePut check = (id, key, current, sending) -> {
            if (force) {
                return;
            }
            List<RowProblem> problems = new ArrayList<>();
            if (gap != null) {
                problems.add(new RowProblem(null, gap));
            }
            for (Field field : Field.of(Field.versionOf(after))) {
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
            if (!problems.isEmpty()) {
                throw new RowConflict(problems);
            }
        };
        boolean emailChanges = force || !before.get("email").equals(after.get("email"));
        return new BulkTask(
                first.line(),
                first.uiIdentityId(),
                first.accountSwitchKey(),
                BulkTask.fingerprint("restore\n" + first.uiIdentityId() + "\n" + before + "\n" + after),
                () -> change(before, emailChanges),
                check);
    }

    /** Sets all 17 fields (of the version the backup was written in) to their values in {@code profile}. */
    private static ProfileChange change(JsonObject profile, boolean allowEmailChange) {
        ProfileChange change = new ProfileChange();
        for (Field field : Field.of(Field.versionOf(profile))) {
            change.set(field, profile.get(field.jsonName()).getAsString());
        }
        return allowEmailChange ? change.allowEmailChange() : change;
    }
}
