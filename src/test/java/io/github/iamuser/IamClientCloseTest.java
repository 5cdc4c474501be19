package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} releases a client's connections and threads, once every client sharing them is closed,
 * and never those of a live client or of an OkHttpClient its caller supplied.
 */
class IamClientCloseTest {
    private static IamSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static IamClientBuilder builder() {
        return TestClients.builder(sandbox, ApiVersion.V3);
    }

    @Test
    void threeHundredClientsCreatedUsedAndClosedLeaveNoSocketOrThreadBehind() throws Exception {
        try (IamClient warmUp = builder().build()) {
            warmUp.getUser(SandboxUsers.US_USER);
        }
        long fds = openFiles();
        long threads = okHttpThreads();

        for (int i = 0; i < 300; i++) {
            try (IamClient iam = builder().build()) {
                iam.getUser(SandboxUsers.US_USER);
            }
        }

        // The sandbox closes its end once it reads the client's close: give it a moment.
        long left = settle(IamClientCloseTest::openFiles, fds + 20);
        assertTrue(left <= fds + 20, (left - fds) + " more files (sockets) open than before the 300 clients");
        // A thread told to end ends a moment later: give it that moment too.
        long threadsLeft = settle(IamClientCloseTest::okHttpThreads, threads + 2);
        assertTrue(threadsLeft <= threads + 2, threadsLeft + " OkHttp threads, " + threads + " before");
    }

    @Test
    void closingOneClientLeavesItsSiblingAndOtherClientsWorkingAndRefusesItsOwnCalls() throws Exception {
        IamClient first = builder().build();
        IamClient sibling = first.withOptions(b -> b.userAgentSuffix("sibling/1"));
        IamClient other = builder().build();
        first.getUser(SandboxUsers.US_USER);

        first.close();
        first.close(); // once is enough; again does nothing

        assertEquals(SandboxUsers.US_USER, sibling.getUser(SandboxUsers.US_USER).getUiIdentityId());
        assertEquals(SandboxUsers.US_USER, other.getUser(SandboxUsers.US_USER).getUiIdentityId());
        int sent = sandbox.requests().size();
        IllegalStateException closed =
                assertThrows(IllegalStateException.class, () -> first.getUser(SandboxUsers.US_USER));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertThrows(IllegalStateException.class, () -> first.updateProfile(SandboxUsers.US_USER, c -> c.city("X")));
        assertThrows(IllegalStateException.class, () -> first.withAccountSwitchKey(null));
        assertEquals(sent, sandbox.requests().size(), "a closed client sends nothing");

        long withThePooledConnection = openFiles();
        okhttp3.OkHttpClient shared = sibling.http();
        sibling.close(); // the last of the two sharing the pool: its pooled connection is closed
        assertEquals(0, shared.connectionPool().connectionCount());
        assertTrue(shared.dispatcher().executorService().isShutdown(), "the shared dispatcher's threads end");
        long left = settle(IamClientCloseTest::openFiles, withThePooledConnection - 1);
        assertTrue(left <= withThePooledConnection - 1, "the shared pool's connection is still open");
        assertEquals(SandboxUsers.US_USER, other.getUser(SandboxUsers.US_USER).getUiIdentityId());
        other.close();
    }

    @Test
    void anOkHttpClientTheCallerSuppliedIsLeftToTheCaller() {
        OkHttpClient mine = new OkHttpClient();
        try (IamClient iam = builder().okHttpClient(mine).build()) {
            iam.getUser(SandboxUsers.US_USER);
        }
        assertFalse(mine.dispatcher().executorService().isShutdown());
        assertEquals(1, mine.connectionPool().idleConnectionCount(), "the caller's pool keeps its connection");
        try (IamClient again = builder().okHttpClient(mine).build()) {
            again.getUser(SandboxUsers.US_USER);
        }
        mine.connectionPool().evictAll();
    }

    private static long openFiles() {
        return ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getOpenFileDescriptorCount();
    }

    private static long okHttpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("OkHttp"))
                .count();
    }

    private static long settle(LongSupplier count, long target) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // a loaded machine is slow to close
        while (count.getAsLong() > target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return count.getAsLong();
    }
}
