package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link UserExport} from Java: users handed on in the list's order, a user deleted between the list and
 * its read reported and the rest exported, and a concurrency out of range refused before anything is sent.
 */
class UserExportTest {
    /** What a sink was given, in order: each user's id (whose profile has the v3 fields), or "gone ID"; and the progress. */
    private static final class Recorded implements UserExport.Sink {
        final List<String> calls = new ArrayList<>();
        final List<String> progress = new ArrayList<>();

        @Override
        public void user(UserExport.ExportedUser user) {
            assertEquals(
                    List.copyOf(ProfileField.names(ApiVersion.V3)),
                    List.copyOf(user.profile().keySet()));
            calls.add(user.uiIdentityId());
        }

        @Override
        public void gone(String uiIdentityId) {
            calls.add("gone " + uiIdentityId);
        }

        @Override
        public void read(int done, int total) {
            progress.add(done + "/" + total);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, BulkUpdate.MAX_CONCURRENCY + 1, 10_000})
    void aConcurrencyOutOfRangeIsRefusedAndNothingIsSent(int concurrency) {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();

            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> UserExport.of(iam).concurrency(concurrency).export(new Recorded()));

            assertTrue(refused.getMessage().startsWith("concurrency must be"), refused::getMessage);
            assertEquals(0, sandbox.requests().size(), () -> "sent " + sandbox.requests());
        }
    }

    @Test
    void aUserDeletedBetweenTheListAndItsReadIsReportedInItsPlaceAndTheRestAreExportedInTheListsOrder()
            throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().users(40).start()) {
            IamClient iam = IamClient.builder()
                    .credential(sandbox.credential())
                    .apiVersion(ApiVersion.V3)
                    .build();
            List<String> listed =
                    iam.listUsers(null).stream().map(u -> u.getUiIdentityId()).toList();
            String vanished = SandboxUsers.generatedUser(17);
            sandbox.faults()
                    .enqueue(Fault.userNotFound()
                            .onlyFor("GET", "/identity-management/v3/user-admin/ui-identities/" + vanished));
            Recorded sink = new Recorded();

            UserExport.of(iam).concurrency(8).export(sink);

            List<String> expected = listed.stream()
                    .map(id -> id.equals(vanished) ? "gone " + id : id)
                    .toList();
            assertEquals(expected, sink.calls);
            assertEquals(listed.size(), sink.progress.size());
            assertEquals(listed.size() + "/" + listed.size(), sink.progress.get(listed.size() - 1));
        }
    }
}
