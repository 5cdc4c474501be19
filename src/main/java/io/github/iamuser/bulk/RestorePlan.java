package io.github.iamuser.bulk;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.bulk.BackupEntry.Put;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a backup into restore tasks, one per user, each read from the file when its turn comes; for
 * each part (profile, grants, notifications) the backup holds PUTs of: put back the {@code before} of
 * the first PUT the server did not refuse, if the part is still what those PUTs left (the last one's {@code after}; or, for a PUT never confirmed, its {@code before}
 * too), else a conflict unless forced. PUTs refused by the server changed nothing and count for nothing;
 * a PUT whose {@code before} is not what the earlier ones left is a conflict unless forced, since restoring
 * would undo a change made between them.
 */
final class RestorePlan {
    private RestorePlan() {}

    /** Each user's lines (offset and number, as {@link Backup#users}), the same user's in one account merged. */
    static List<long[]> users(Backup backup, String defaultAccount) {
        Map<UserKey, long[]> merged = new LinkedHashMap<>();
        backup.users()
                .forEach((user, lines) -> merged.merge(
                        UserKey.of(user.account(), user.uiIdentityId(), defaultAccount), lines, Backup::concat));
        return new ArrayList<>(merged.values());
    }

    /** The task of one user's {@code lines} (of {@link #users}), read from {@code path} now. */
    static BulkTask task(Path path, long[] lines, boolean force) {
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
            } else { // what became of the PUT of the user's last line of the same part before it
                for (int i = chain.size() - 1; i >= 0; i--) {
                    if (chain.get(i).part() == entry.part()) {
                        chain.set(i, chain.get(i).with(entry.put()));
                        break;
                    }
                }
            }
        }
        return task(chain, force);
    }

    /** The user's task: one part for each part the backup holds PUTs of that the server did not refuse. */
    private static BulkTask task(List<BackupEntry> chain, boolean force) {
        BackupEntry first = chain.get(0);
        List<BulkTask.Part> parts = new ArrayList<>();
        StringBuilder asked = new StringBuilder("restore\n" + first.uiIdentityId());
        long line = Long.MAX_VALUE;
        for (BulkTask.Kind kind : BulkTask.Kind.values()) {
            List<BackupEntry> sent = chain.stream()
                    .filter(entry -> entry.part() == kind && entry.put() != Put.REFUSED)
                    .toList();
            if (!sent.isEmpty()) {
                parts.add(part(first.uiIdentityId(), kind, sent, force));
                asked.append('\n')
                        .append(sent.get(0).before())
                        .append('\n')
                        .append(sent.get(sent.size() - 1).after());
                line = Math.min(line, sent.get(0).line());
            }
        }
        if (parts.isEmpty()) { // every PUT was refused: nothing changed, nothing to put back
            parts.add(BulkTask.profile(first.uiIdentityId(), ProfileChange::new, WriteAheadHook.NONE));
            asked = new StringBuilder("restore refused\n" + first.uiIdentityId() + "\n" + first.before());
            line = first.line();
        }
        return new BulkTask(
                line, first.uiIdentityId(), first.accountSwitchKey(), BulkTask.fingerprint(asked.toString()), parts);
    }

    /**
     * Puts back the {@code before} of the first of {@code sent} (one part's PUTs, in order), if the part is still
     * what they left, else a conflict unless forced.
     */
    private static BulkTask.Part part(String uiIdentityId, BulkTask.Kind kind, List<BackupEntry> sent, boolean force) {
        JsonObject before = sent.get(0).before();
        JsonObject after = sent.get(sent.size() - 1).after();
        List<JsonObject> left = List.of(before); // what the PUTs so far may have left on the server
        String gap = null;
        BackupEntry previous = null;
        for (BackupEntry entry : sent) {
            if (left.stream().noneMatch(was -> same(kind, entry.before(), was))) {
                gap = "the backup's lines " + previous.line() + " and " + entry.line()
                        + " do not follow one another (the " + kind.text() + " changed between them), so restoring"
                        + " line " + sent.get(0).line() + "'s before would undo that change; restore with --force"
                        + " to put it back anyway";
            }
            left = entry.put() == Put.APPLIED ? List.of(entry.after()) : List.of(entry.before(), entry.after());
            previous = entry;
        }
        String broken = gap;
        List<JsonObject> expected = left;
        WriteAheadHook check = (id, key, current, sending) -> {
            if (force) {
                return;
            }
            List<RowProblem> problems = new ArrayList<>();
            if (broken != null) {
                problems.add(new RowProblem(null, broken));
            }
            if (expected.stream().noneMatch(was -> same(kind, current, was))) {
                problems.addAll(kind == BulkTask.Kind.PROFILE ? changedFields(current, after) : changedPart(current));
            }
            if (!problems.isEmpty()) {
                throw new RowConflict(problems);
            }
        };
        return switch (kind) {
            case PROFILE -> {
                boolean emailChanges = force
                        || sent.stream()
                                .anyMatch(e -> !e.before()
                                        .get("email")
                                        .equals(e.after().get("email")));
                yield BulkTask.profile(uiIdentityId, () -> change(before, emailChanges), check);
            }
            case GRANTS -> BulkTask.grants(uiIdentityId, c -> c.replaceAll(before.getAsJsonArray("authGrants")), check);
            case NOTIFICATIONS ->
                BulkTask.notifications(uiIdentityId, c -> c.replaceAll(before.getAsJsonObject("notifications")), check);
        };
    }

    /**
     * True when {@code current} means what {@code expected} does: grants alike once the subgroups that only
     * inherit are left out (a server may list them or not), notifications alike in each member {@code expected}
     * holds (a server may fill in an optional one it was not sent).
     */
    private static boolean same(BulkTask.Kind kind, JsonObject current, JsonObject expected) {
        return switch (kind) {
            case PROFILE -> current.equals(expected);
            case GRANTS -> pruned(current.get("authGrants"), 0).equals(pruned(expected.get("authGrants"), 0));
            case NOTIFICATIONS -> within(expected, current);
        };
    }

    /** The grants without the subgroups that have no role of their own, are not blocked and hold nothing else. */
    private static JsonArray pruned(JsonElement grants, int depth) {
        JsonArray kept = new JsonArray();
        for (JsonElement item : grants.getAsJsonArray()) {
            JsonObject grant = item.getAsJsonObject().deepCopy();
            JsonArray below = grant.has("subGroups") ? pruned(grant.get("subGroups"), depth + 1) : new JsonArray();
            grant.add("subGroups", below);
            boolean inherits = depth > 0
                    && (!grant.has("roleId") || grant.get("roleId").isJsonNull())
                    && !(grant.has("isBlocked") && grant.get("isBlocked").getAsBoolean())
                    && below.isEmpty();
            if (!inherits) {
                kept.add(grant);
            }
        }
        return kept;
    }

    /** True when each member of {@code expected} (of an object, member by member) is in {@code actual}, alike. */
    private static boolean within(JsonElement expected, JsonElement actual) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            return e.entrySet().stream()
                    .allMatch(member -> a.has(member.getKey()) && within(member.getValue(), a.get(member.getKey())));
        }
        return expected.equals(actual);
    }

    /** Each profile field that is no longer the backup's {@code after}. */
    private static List<RowProblem> changedFields(JsonObject current, JsonObject after) {
        List<RowProblem> problems = new ArrayList<>();
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
        return problems;
    }

    /** The grants or notifications (one member of {@code current}) changed since the backup. */
    private static List<RowProblem> changedPart(JsonObject current) {
        String member = current.keySet().iterator().next();
        return List.of(new RowProblem(
                member,
                "changed since the backup (now " + current.get(member) + "): left alone; restore with --force to"
                        + " put the backup's before back anyway"));
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
