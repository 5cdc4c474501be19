package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two safe updates of one user in one JVM, overlapping: IAM has no conditional update, so without
 * the client's per-user lock the second would read before the first wrote and send back its old value.
 */
class ConcurrentUpdatesTest {
    @Test
    void overlappingUpdatesOfOneUserBothLand() throws Exception {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient first =
                    IamClient.builder().credential(sandbox.credential()).build();
            IamClient sibling = first.withOptions(b -> b.userAgentSuffix("sibling/1"));
            // The first PUT is held 400 ms on arrival: long enough for the second cycle's GET to overtake it.
            sandbox.faults().enqueue(Fault.delay(Duration.ofMillis(400)).onlyFor("PUT", "/identity-management/"));

            CompletableFuture<?> city =
                    CompletableFuture.runAsync(() -> first.updateProfile(SandboxUsers.US_USER, c -> c.city("Boston")));
            waitForRequests(sandbox, 1); // the first cycle's GET is answered ...
            Thread.sleep(100); // ... and its PUT has arrived and waits
            sibling.updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("Chief Technology Officer"));
            city.get();

            JsonObject stored = sandbox.user(null, SandboxUsers.US_USER);
            assertEquals("Boston", stored.get("city").getAsString());
            assertEquals("Chief Technology Officer", stored.get("jobTitle").getAsString());
            assertEquals(0, UserLocks.inUse(), "every lock is released");
        }
    }

    @Test
    void aFailedCycleReleasesTheLock() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            try {
                iam.updateProfile("A-B-NOSUCH", c -> c.city("Boston"));
            } catch (RuntimeException expected) {
                // a 404
            }
            assertEquals(0, UserLocks.inUse());
        }
    }

    private static void waitForRequests(IamSandbox sandbox, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
