package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.testkit.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Backup#read}: the PUTs a backup holds, its IAM version, the lines a stop cut short, where each user's lines
 * are; a line that lacks what an entry needs, names an unknown part or outcome, mixes versions, or records a PUT no
 * line backs up is named by its number.
 */
class BackupTest {
    private static final JsonObject V2 = ProfileField.profileOf(Profiles.usUser(), ApiVersion.V2);
    private static final JsonObject V2_LEAD = Profiles.with(V2, "jobTitle", "Lead");
    private static final JsonObject V3 = ProfileField.profileOf(Profiles.usUser(), ApiVersion.V3);

    @TempDir
    Path dir;

    private static String entry(String user, String account, String part, JsonObject before, JsonObject after) {
        JsonObject line = new JsonObject();
        line.addProperty("uiIdentityId", user);
        line.addProperty("accountSwitchKey", account);
        if (part != null) {
            line.addProperty("part", part);
        }
        if (before != null) {
            line.add("before", before);
        }
        if (after != null) {
            line.add("after", after);
        }
        return line.toString();
    }

    private static String put(String user, String put) {
        return "{\"uiIdentityId\":\"" + user + "\",\"accountSwitchKey\":null,\"put\":\"" + put + "\"}";
    }

    private Path file(String... lines) throws Exception {
        Path file = dir.resolve("run.backup");
        Files.write(file, Arrays.asList(lines));
        return file;
    }

    private IllegalArgumentException refused(String... lines) throws Exception {
        Path file = file(lines);
        return assertThrows(IllegalArgumentException.class, () -> Backup.read(file));
    }

    private static List<Long> numbers(long[] lines) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 1; i < lines.length; i += 2) {
            numbers.add(lines[i]);
        }
        return numbers;
    }

    @Test
    void aFileThatIsNotThereIsNoSuchFileNotAnEmptyBackup() {
        // An empty backup would restore nothing and report DONE; a mistyped path must say so.
        assertThrows(java.nio.file.NoSuchFileException.class, () -> Backup.read(dir.resolve("typo.backup")));
    }

    @Test
    void aBackupIsReadAsItsPutsItsVersionAndEachUsersLinesInFileOrder() throws Exception {
        Path file = file(
                entry("A-B-2", null, null, V2, V2_LEAD),
                entry("A-B-1", "1-KEY", null, V2, V2_LEAD),
                put("A-B-2", "applied"),
                "",
                entry("A-B-2", null, null, V2_LEAD, V2));

        Backup backup = Backup.read(file);

        assertEquals(file, backup.path());
        assertEquals(ApiVersion.V2, backup.version());
        assertEquals(3, backup.entries(), "a line saying what became of a PUT is no PUT");
        assertEquals(List.of(), backup.incompleteLines());
        List<UserKey> users = new ArrayList<>(backup.users().keySet());
        assertEquals(List.of(new UserKey(null, "A-B-2"), new UserKey("1-KEY", "A-B-1")), users);
        assertEquals(List.of(1L, 3L, 5L), numbers(backup.users().get(users.get(0))));
        long offset = backup.users().get(users.get(1))[0];
        assertEquals(Files.readAllLines(file).get(0).length() + 1, offset, "where the line starts");
    }

    @Test
    void aCutLastLineIsLeftOutAndItsNumberKept() throws Exception {
        Path file = dir.resolve("cut.backup");
        Files.writeString(
                file,
                entry("A-B-1", null, null, V2, V2_LEAD) + "\n"
                        + entry("A-B-2", null, null, V2, V2_LEAD).substring(0, 40));

        Backup backup = Backup.read(file);

        assertEquals(1, backup.entries());
        assertEquals(List.of(2L), backup.incompleteLines());
        assertEquals(1, backup.users().size());
    }

    @Test
    void anEmptyBackupHoldsNoVersion() throws Exception {
        Backup backup = Backup.read(file());
        assertNull(backup.version());
        assertEquals(0, backup.entries());
    }

    @Test
    void aGrantsEntryIsAV3OneAndMayNotFollowAV2Profile() throws Exception {
        JsonObject grants = new JsonObject();
        grants.add("authGrants", new com.google.gson.JsonArray());
        assertEquals(
                ApiVersion.V3,
                Backup.read(file(entry("A-B-1", null, "grants", grants, grants)))
                        .version());

        IllegalArgumentException e =
                refused(entry("A-B-1", null, null, V2, V2_LEAD), entry("A-B-1", null, "grants", grants, grants));
        assertEquals(
                dir.resolve("run.backup")
                        + " line 2 holds IAM v3 entries, and line 1 IAM v2 ones, but a backup is written in"
                        + " one IAM version: give a file that --backup wrote, unedited.",
                e.getMessage());
    }

    @Test
    void aLineThatIsNoEntryIsNamedByItsNumber() throws Exception {
        String ok = entry("A-B-1", null, null, V2, V2_LEAD);
        assertTrue(
                refused(ok, entry("A-B-1", null, null, V2, null))
                        .getMessage()
                        .endsWith(
                                "line 2 is not a backup entry: it needs uiIdentityId, before and after (give a file that --backup wrote)."));
        assertTrue(refused(ok, entry("A-B-1", null, "roles", V2, V2))
                .getMessage()
                .endsWith("line 2 names the part roles, which is not one of profile, grants, notifications: give a file"
                        + " that --backup wrote, unedited."));
        assertTrue(refused(ok, put("A-B-1", "lost"))
                .getMessage()
                .endsWith(
                        "line 2 says the PUT was lost, which is not one of applied, refused, unknown: give a file that"
                                + " --backup wrote, unedited."));
        JsonObject noTitle = V2.deepCopy();
        noTitle.remove("jobTitle");
        noTitle.remove("city");
        assertTrue(refused(ok, entry("A-B-1", null, null, V2, noTitle))
                .getMessage()
                .endsWith("line 2 lacks jobTitle, city: a backup entry holds all 17 fields in before and after."));
        assertTrue(refused(entry("A-B-1", null, null, V2, V3))
                .getMessage()
                .endsWith(
                        "line 1 holds an IAM v2 before and an IAM v3 after, but a backup is written in one IAM version: give a"
                                + " file that --backup wrote, unedited."));
        JsonObject empty = new JsonObject();
        assertTrue(refused(entry("A-B-1", null, "notifications", empty, empty))
                .getMessage()
                .endsWith("line 1 lacks notifications: a notifications entry holds it in before and after (give a file"
                        + " that --backup wrote, unedited)."));
    }

    @Test
    void whatBecameOfAPutThatNoLineBacksUpIsRefused() throws Exception {
        IllegalArgumentException e = refused(entry("A-B-1", null, null, V2, V2_LEAD), put("A-B-2", "applied"));
        assertTrue(
                e.getMessage()
                        .startsWith(dir.resolve("run.backup") + " line 2 records what became of a PUT of A-B-2,"
                                + " but no line before it backs that PUT up"),
                e.getMessage());
    }

    @Test
    void aDamagedLineFollowedByOthersIsNamedByItsNumber() throws Exception {
        IllegalArgumentException e =
                refused(entry("A-B-1", null, null, V2, V2_LEAD), "{\"uiIdentityId\":", put("A-B-1", "applied"));
        assertTrue(e.getMessage().startsWith(dir.resolve("run.backup") + " line 2 is damaged"), e.getMessage());
    }
}
