package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import org.junit.jupiter.api.Test;

/**
 * {@link BulkTask}: parts named as files write them (absent: the profile), a fingerprint that is the same for the
 * same text only, and a profile part that hands on the profile it read when it sent nothing.
 */
class BulkTaskTest {
    @Test
    void aPartIsNamedInLowerCaseAndAnAbsentNameIsTheProfile() {
        assertEquals("notifications", BulkTask.Kind.NOTIFICATIONS.text());
        assertEquals(BulkTask.Kind.PROFILE, BulkTask.Kind.of(null));
        assertEquals(BulkTask.Kind.GRANTS, BulkTask.Kind.of("grants"));
        assertNull(BulkTask.Kind.of("GRANTS"), "written in lower case only");
        assertNull(BulkTask.Kind.of("roles"));
        assertEquals(BackupEntry.Put.REFUSED, BackupEntry.Put.of("refused"));
        assertNull(BackupEntry.Put.of("Applied"));
    }

    @Test
    void theSameTextHasTheSameFingerprintAndAnotherTextAnother() {
        String fingerprint = BulkTask.fingerprint("update\nA-B-1\n{jobTitle=\"Lead\"}");
        assertTrue(fingerprint.matches("[0-9a-f]{32}"), fingerprint);
        assertEquals(fingerprint, BulkTask.fingerprint("update\nA-B-1\n{jobTitle=\"Lead\"}"));
        assertNotEquals(fingerprint, BulkTask.fingerprint("update\nA-B-1\n{jobTitle=\"CTO\"}"));
    }

    @Test
    void theProfilePartHandsOnWhatItReadOnlyWhenItSentNothing() {
        try (IamSandbox sandbox = IamSandbox.builder().users(1).start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V2);
            String id = SandboxUsers.generatedUser(0);
            BulkTask.Part part = BulkTask.profile(id, () -> new ProfileChange().jobTitle("Lead"), WriteAheadHook.NONE);
            assertEquals(BulkTask.Kind.PROFILE, part.kind());

            BulkTask.Sent sent = part.update().apply(iam, UpdateOptions.defaults());
            assertEquals(Outcome.UPDATED, sent.outcome());
            assertEquals("jobTitle", sent.changes().get(0).field());
            assertNull(sent.read());

            BulkTask.Sent again = part.update().apply(iam, UpdateOptions.defaults());
            assertEquals(Outcome.UNCHANGED, again.outcome());
            assertNotNull(again.read());
            assertEquals("Lead", again.read().get("jobTitle").getAsString());
            assertEquals(1, sandbox.putCount());
        }
    }
}
