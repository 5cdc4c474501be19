package io.github.iamuser.bulk;

import static io.github.iamuser.bulk.SandboxRows.jobTitles;
import static io.github.iamuser.bulk.SandboxRows.profiles;
import static io.github.iamuser.bulk.SandboxRows.titles;
import static io.github.iamuser.bulk.SandboxRows.v3;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RestorePlan}: one task per user (the same user in one account merged), each part put back as its first
 * PUT the server did not refuse found it, unless it changed since (a conflict naming what changed) or the backup's
 * lines of it do not follow one another; {@code force} puts it back anyway.
 */
class RestorePlanTest {
    private static final String PUT_PATH = "/identity-management/v3/user-admin/ui-identities/";
    private static final JsonObject ORIGINAL = ProfileField.profileOf(Profiles.usUser(), ApiVersion.V2);
    private static final JsonObject LEAD = Profiles.with(ORIGINAL, "jobTitle", "Lead");
    private static final JsonObject CTO = Profiles.with(ORIGINAL, "jobTitle", "CTO");

    @TempDir
    Path dir;

    /** A backup line of a PUT of {@code user}'s {@code part} (null: the profile) from {@code before} to {@code after}. */
    private static String entry(String user, String account, String part, JsonObject before, JsonObject after) {
        JsonObject line = new JsonObject();
        line.addProperty("uiIdentityId", user);
        line.addProperty("accountSwitchKey", account);
        if (part != null) {
            line.addProperty("part", part);
        }
        line.add("before", before);
        line.add("after", after);
        return line.toString();
    }

    /** A backup line saying what became of the PUT before it. */
    private static String put(String user, String account, String part, String put) {
        JsonObject line = new JsonObject();
        line.addProperty("uiIdentityId", user);
        line.addProperty("accountSwitchKey", account);
        if (part != null) {
            line.addProperty("part", part);
        }
        line.addProperty("put", put);
        return line.toString();
    }

    private Path backup(String... lines) throws Exception {
        Path file = dir.resolve("run.backup");
        Files.write(file, Arrays.asList(lines));
        return file;
    }

    /** The restore tasks of {@code file}, in order. */
    private static List<BulkTask> tasks(Path file, boolean force) throws Exception {
        Backup backup = Backup.read(file);
        List<BulkTask> tasks = new ArrayList<>();
        for (long[] lines : RestorePlan.users(backup, null)) {
            tasks.add(RestorePlan.task(file, lines, force));
        }
        return tasks;
    }

    /** The problems of the conflict the task's first part's check finds with the server holding {@code current}. */
    private static List<RowProblem> conflict(BulkTask task, JsonObject current) {
        RowConflict conflict = assertThrows(
                RowConflict.class,
                () -> task.parts().get(0).check().beforeWrite(task.uiIdentityId(), null, current, ORIGINAL));
        return conflict.problems();
    }

    @Test
    void restorePutsEveryProfileBackExactlyFromABackupWithARepeatedLine() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(5).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<JsonObject> before = IntStream.range(0, 5)
                    .mapToObj(i ->
                            ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2))
                    .toList();
            Path backup = dir.resolve("run.backup");
            BulkUpdate.builder(iam).concurrency(1).backup(backup).build().apply(titles(5, "Lead"));
            // As if the first run stopped before its first PUT's answer, and the rerun sent it again.
            List<String> lines = new ArrayList<>(Files.readAllLines(backup));
            assertTrue(lines.get(1).contains("\"put\":\"applied\""), lines.get(1));
            lines.add(lines.get(0));
            lines.add(lines.remove(1));
            Files.write(backup, lines);

            BulkReport restored = BulkUpdate.builder(iam).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(5, restored.totals().applied());
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        before.get(i),
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
            }
        }
    }

    @Test
    void aBackupWrittenBeforeOutcomesWereRecordedStillRestoresEveryProfile() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            List<JsonObject> before = IntStream.range(0, 3)
                    .mapToObj(i ->
                            ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2))
                    .toList();
            Path backup = dir.resolve("run.backup");
            BulkUpdate.builder(iam).backup(backup).build().apply(titles(3, "Lead"));
            Files.write(
                    backup,
                    Files.readAllLines(backup).stream()
                            .filter(l -> !l.contains("\"put\""))
                            .toList());

            BulkReport restored = BulkUpdate.builder(iam).build().restore(Backup.read(backup));

            assertEquals(3, restored.totals().applied(), restored.toString());
            for (int i = 0; i < 3; i++) {
                assertEquals(
                        before.get(i),
                        ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V2));
            }
        }
    }

    @Test
    void restoreFindsNoConflictWhereAPutWasRefusedAndASecondRunAppliedTheFixedRow() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(3).start()) {
            List<JsonObject> original = profiles(sandbox, 3);
            Path backup = dir.resolve("run.backup");
            sandbox.faults()
                    .enqueue(Fault.nonJsonError(400, "Bad Request")
                            .onlyFor("PUT", PUT_PATH + SandboxUsers.generatedUser(1)));
            BulkReport first =
                    BulkUpdate.builder(v3(sandbox)).backup(backup).build().apply(jobTitles(3, "Lead"));
            assertEquals(1, first.totals().failed(), first.toString());
            BulkReport fixed = BulkUpdate.builder(v3(sandbox))
                    .backup(backup)
                    .build()
                    .apply(List.of(BulkRow.of(SandboxUsers.generatedUser(1), c -> c.jobTitle("Fixed"))
                            .fromLine(2)));
            assertEquals(BulkReport.RunStatus.DONE, fixed.status(), fixed.toString());

            BulkReport restored = BulkUpdate.builder(v3(sandbox)).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(original, profiles(sandbox, 3));
        }
    }

    @Test
    void restoreFindsNoConflictWhereAPutWasNeverConfirmedAndASecondRunAppliedTheFixedRow() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            List<JsonObject> original = profiles(sandbox, 2);
            Path backup = dir.resolve("run.backup");
            for (int i = 0; i < 3; i++) { // OkHttp itself tries a dropped pooled connection again
                sandbox.faults()
                        .enqueue(Fault.dropConnection().onlyFor("PUT", PUT_PATH + SandboxUsers.generatedUser(0)));
            }
            BulkReport first =
                    BulkUpdate.builder(v3(sandbox)).backup(backup).build().apply(jobTitles(2, "Lead"));
            assertEquals(1, first.totals().failed(), first.toString());
            sandbox.faults().clear();
            assertEquals(original.get(0), profiles(sandbox, 1).get(0), "the dropped PUT was not applied");
            BulkReport fixed = BulkUpdate.builder(v3(sandbox))
                    .backup(backup)
                    .build()
                    .apply(List.of(BulkRow.of(SandboxUsers.generatedUser(0), c -> c.jobTitle("Fixed"))));
            assertEquals(BulkReport.RunStatus.DONE, fixed.status(), fixed.toString());

            BulkReport restored = BulkUpdate.builder(v3(sandbox)).build().restore(Backup.read(backup));

            assertEquals(BulkReport.RunStatus.DONE, restored.status(), restored.toString());
            assertEquals(original, profiles(sandbox, 2));
        }
    }

    @Test
    void theSameUserInTheDefaultAccountAndInAnyLetterCaseIsOneTaskInFileOrder() throws Exception {
        Path file = backup(
                entry("A-B-1", null, null, ORIGINAL, LEAD),
                entry("A-B-2", null, null, ORIGINAL, LEAD),
                put("A-B-2", null, null, "applied"),
                entry("a-b-1", "1-KEY", null, LEAD, CTO),
                entry("A-B-1", "1-OTHER", null, ORIGINAL, LEAD));

        List<long[]> users = RestorePlan.users(Backup.read(file), "1-KEY");

        assertEquals(3, users.size());
        assertEquals(List.of(1L, 4L), numbers(users.get(0)));
        assertEquals(List.of(2L, 3L), numbers(users.get(1)));
        assertEquals(List.of(5L), numbers(users.get(2)));
        assertEquals(4, RestorePlan.users(Backup.read(file), null).size(), "no default: 1-KEY is another account");
    }

    private static List<Long> numbers(long[] lines) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 1; i < lines.length; i += 2) {
            numbers.add(lines[i]);
        }
        return numbers;
    }

    @Test
    void aPartChangedSinceTheBackupIsAConflictNamingEachFieldUnlessForced() throws Exception {
        Path file = backup(entry("A-B-1", null, null, ORIGINAL, LEAD), put("A-B-1", null, null, "applied"));
        BulkTask task = tasks(file, false).get(0);
        JsonObject changed = Profiles.with(Profiles.with(LEAD, "jobTitle", "Chief"), "phone", "6175550111");

        List<RowProblem> problems = conflict(task, changed);

        assertEquals(
                List.of("phone", "jobTitle"),
                problems.stream().map(RowProblem::field).toList(),
                problems.toString());
        assertEquals(
                "changed since the backup (personal data, not shown): left alone; restore with --force to put the"
                        + " backup's before back anyway",
                problems.get(0).reason());
        assertTrue(
                problems.get(1)
                        .reason()
                        .startsWith("changed since the backup (now \"Chief\", the backup's after \"Lead\")"),
                problems.get(1).reason());
        assertDoesNotThrow(() -> task.parts().get(0).check().beforeWrite("A-B-1", null, LEAD, ORIGINAL));
        BulkTask forced = tasks(file, true).get(0);
        assertDoesNotThrow(() -> forced.parts().get(0).check().beforeWrite("A-B-1", null, changed, ORIGINAL));
    }

    @Test
    void aPutNeverConfirmedMayHaveLeftTheBeforeButAnAppliedOneMayNot() throws Exception {
        BulkTask unconfirmed =
                tasks(backup(entry("A-B-1", null, null, ORIGINAL, LEAD)), false).get(0);
        assertDoesNotThrow(() -> unconfirmed.parts().get(0).check().beforeWrite("A-B-1", null, ORIGINAL, ORIGINAL));
        assertDoesNotThrow(() -> unconfirmed.parts().get(0).check().beforeWrite("A-B-1", null, LEAD, ORIGINAL));

        BulkTask applied = tasks(
                        backup(entry("A-B-1", null, null, ORIGINAL, LEAD), put("A-B-1", null, null, "applied")), false)
                .get(0);
        assertEquals(
                List.of("jobTitle"),
                conflict(applied, ORIGINAL).stream().map(RowProblem::field).toList());
    }

    @Test
    void linesThatDoNotFollowOneAnotherAreAConflictNamingThemEvenWhenTheProfileIsAsTheyLeftIt() throws Exception {
        Path file = backup(
                entry("A-B-1", null, null, ORIGINAL, LEAD),
                put("A-B-1", null, null, "applied"),
                entry("A-B-1", null, null, CTO, ORIGINAL),
                put("A-B-1", null, null, "applied"));
        BulkTask task = tasks(file, false).get(0);

        List<RowProblem> problems = conflict(task, ORIGINAL);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .reason()
                        .startsWith(
                                "the backup's lines 1 and 3 do not follow one another (the"
                                        + " profile changed between them), so restoring line 1's before would undo that change"),
                problems.toString());
        assertDoesNotThrow(
                () -> tasks(file, true).get(0).parts().get(0).check().beforeWrite("A-B-1", null, ORIGINAL, ORIGINAL));
    }

    @Test
    void aRefusedPutCountsForNothingAndAUserWhosePutsWereAllRefusedIsGivenAnEmptyChange() throws Exception {
        Path file = backup(
                entry("A-B-1", null, null, ORIGINAL, LEAD),
                put("A-B-1", null, null, "refused"),
                entry("A-B-1", null, null, ORIGINAL, CTO),
                entry("A-B-2", null, null, ORIGINAL, LEAD),
                put("A-B-2", null, null, "refused"));
        List<BulkTask> tasks = tasks(file, false);

        BulkTask first = tasks.get(0);
        assertEquals(3, first.line(), "the first PUT not refused");
        assertDoesNotThrow(() -> first.parts().get(0).check().beforeWrite("A-B-1", null, CTO, ORIGINAL));
        assertEquals(
                List.of("jobTitle"),
                conflict(first, LEAD).stream().map(RowProblem::field).toList());

        BulkTask refused = tasks.get(1);
        assertEquals(4, refused.line());
        assertEquals(1, refused.parts().size());
        assertEquals(BulkTask.Kind.PROFILE, refused.parts().get(0).kind());
        assertDoesNotThrow(() -> refused.parts().get(0).check().beforeWrite("A-B-2", null, CTO, ORIGINAL));
        assertNotEquals(first.fingerprint(), refused.fingerprint(), "a refused restore is another ask");
    }

    @Test
    void grantsAreAlikeWhateverInheritingSubgroupsTheServerListsButAChangedRoleIsAConflict() throws Exception {
        JsonObject before = grants("[{\"groupId\":1,\"roleId\":5,\"subGroups\":[]}]");
        JsonObject after = grants("[{\"groupId\":1,\"roleId\":7,\"subGroups\":[]}]");
        Path file = backup(entry("A-B-1", null, "grants", before, after), put("A-B-1", null, "grants", "applied"));
        BulkTask task = tasks(file, false).get(0);
        assertEquals(
                List.of(BulkTask.Kind.GRANTS),
                task.parts().stream().map(BulkTask.Part::kind).toList());
        BulkTask.Part grants = task.parts().get(0);

        JsonObject listed = grants("[{\"groupId\":1,\"roleId\":7,\"subGroups\":[{\"groupId\":2,\"roleId\":null,"
                + "\"isBlocked\":false,\"subGroups\":[]}]}]");
        assertDoesNotThrow(() -> grants.check().beforeWrite("A-B-1", null, listed, before));
        JsonObject blocked =
                grants("[{\"groupId\":1,\"roleId\":7,\"subGroups\":[{\"groupId\":2,\"isBlocked\":true}]}]");
        RowConflict conflict =
                assertThrows(RowConflict.class, () -> grants.check().beforeWrite("A-B-1", null, blocked, before));
        assertEquals("authGrants", conflict.problems().get(0).field());
        assertTrue(
                conflict.problems().get(0).reason().startsWith("changed since the backup (now [{"),
                conflict.problems().toString());
    }

    private static JsonObject grants(String array) {
        JsonObject held = new JsonObject();
        held.add("authGrants", JsonParser.parseString(array).getAsJsonArray());
        return held;
    }

    @Test
    void notificationsAreAlikeWhenTheServerAddsAMemberItWasNotSent() throws Exception {
        JsonObject before = notifications("{\"enableEmailNotifications\":false}");
        JsonObject after = notifications("{\"enableEmailNotifications\":true}");
        Path file = backup(
                entry("A-B-1", null, "notifications", before, after), put("A-B-1", null, "notifications", "applied"));
        BulkTask.Part part = tasks(file, false).get(0).parts().get(0);
        assertEquals(BulkTask.Kind.NOTIFICATIONS, part.kind());

        JsonObject filled = notifications("{\"enableEmailNotifications\":true,\"options\":{\"upgrade\":[]}}");
        assertDoesNotThrow(() -> part.check().beforeWrite("A-B-1", null, filled, before));
        RowConflict conflict =
                assertThrows(RowConflict.class, () -> part.check().beforeWrite("A-B-1", null, before, before));
        assertEquals("notifications", conflict.problems().get(0).field());
    }

    private static JsonObject notifications(String object) {
        JsonObject held = new JsonObject();
        held.add("notifications", JsonParser.parseString(object).getAsJsonObject());
        return held;
    }

    @Test
    void aBackupChangedAfterItWasReadIsNamedWhenTheUsersTurnComes() throws Exception {
        Path file = backup(entry("A-B-1", null, null, ORIGINAL, LEAD), entry("A-B-2", null, null, ORIGINAL, LEAD));
        Backup read = Backup.read(file);
        Files.writeString(file, "{}\n");

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> RestorePlan.task(file, RestorePlan.users(read, null).get(1), false));

        assertTrue(e.getMessage().startsWith(file + " changed since it was read ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("give the backup as its run left it, and restore again"), e.getMessage());
    }
}
