package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.sandbox.IamSandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UserExport} from Java: a concurrency out of range is refused, as a bulk run's is, before anything is sent. */
class UserExportTest {
    @ParameterizedTest
    @ValueSource(ints = {0, -1, BulkUpdate.MAX_CONCURRENCY + 1, 10_000})
    void aConcurrencyOutOfRangeIsRefusedAndNothingIsSent(int concurrency) {
        try (IamSandbox sandbox = IamSandbox.builder().users(2).start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();

            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> UserExport.export(iam, null, concurrency, (done, total) -> {}));

            assertTrue(refused.getMessage().startsWith("concurrency must be"), refused::getMessage);
            assertEquals(0, sandbox.requests().size(), () -> "sent " + sandbox.requests());
        }
    }
}
