package io.github.iamuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The one per-user lock of a JVM, through the client: IAM has no conditional update, so without it two
 * overlapping read-modify-writes of one user would each send back the other's old value.
 */
class UserLockTest {
    @Test
    void overlappingUpdatesOfOneUserBothLand() throws Exception {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient first = TestClients.against(sandbox, ApiVersion.V3);
            IamClient sibling = first.withOptions(b -> b.userAgentSuffix("sibling/1"));
            // The first PUT is held 400 ms on arrival: long enough for the second cycle's GET to overtake it.
            sandbox.faults().enqueue(Fault.delay(Duration.ofMillis(400)).onlyFor("PUT", "/identity-management/"));

            CompletableFuture<?> city =
                    CompletableFuture.runAsync(() -> first.updateProfile(SandboxUsers.US_USER, c -> c.city("Boston")));
            waitFor(() -> sandbox.requests().size() >= 1); // the first cycle's GET is answered ...
            Thread.sleep(100); // ... and its PUT has arrived and waits
            sibling.updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("Chief Technology Officer"));
            city.get();

            JsonObject stored = sandbox.user(null, SandboxUsers.US_USER);
            assertEquals("Boston", stored.get("city").getAsString());
            assertEquals("Chief Technology Officer", stored.get("jobTitle").getAsString());
            assertEquals(0, UserLock.inUse(), "every lock is released");
        }
    }

    @Test
    void aFailedCycleReleasesTheLock() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V3);
            try {
                iam.updateProfile("A-B-NOSUCH", c -> c.city("Boston"));
            } catch (RuntimeException expected) {
                // a 404
            }
            assertEquals(0, UserLock.inUse());
        }
    }

    /** The lost change: against a server that matches ids in any case, both updates must land. */
    @Test
    void updatesOfOneUserNamedInTwoLetterCasesTakeTurns() throws Exception {
        CaseBlindServer user = new CaseBlindServer();
        MockWebServer server = Loopback.startServer();
        server.setDispatcher(user);
        try {
            IamClient iam = TestClients.against(server, ApiVersion.V3);
            user.delayFirstPut = true;
            CompletableFuture<?> city =
                    CompletableFuture.runAsync(() -> iam.updateProfile("A-B-1CDEFG", c -> c.city("Boston")));
            waitFor(() -> server.getRequestCount() >= 1);
            Thread.sleep(100); // the first PUT has arrived and waits
            iam.updateProfile("a-b-1cdefg", c -> c.jobTitle("Chief Technology Officer"));
            city.get();

            assertEquals("Boston", user.stored.get("city").getAsString());
            assertEquals("Chief Technology Officer", user.stored.get("jobTitle").getAsString(), "no change is lost");
            assertEquals(4, server.getRequestCount(), "two GETs, two PUTs");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void aThreadWaitingForTheLockEndsAtOnceWhenInterruptedKeepingTheFlagAndSendingNothing() throws Exception {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V3);
            // The holder's PUT is held 2 s on arrival: it holds the user's lock all that time.
            sandbox.faults().enqueue(Fault.delay(Duration.ofSeconds(2)).onlyFor("PUT", "/identity-management/"));
            CompletableFuture<?> holder =
                    CompletableFuture.runAsync(() -> iam.updateProfile(SandboxUsers.US_USER, c -> c.city("Boston")));
            waitFor(() -> sandbox.requests().size() >= 1); // its GET is answered, its PUT on its way

            AtomicReference<RuntimeException> thrown = new AtomicReference<>();
            AtomicBoolean flag = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try {
                    iam.updateProfile(SandboxUsers.US_USER, c -> c.jobTitle("CTO"));
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
                flag.set(Thread.currentThread().isInterrupted());
            });
            waiter.start();
            waitFor(() -> waiter.getState() == Thread.State.WAITING);
            assertEquals(1, sandbox.requests().size(), "the waiter waits for the lock, before its GET");
            long start = System.nanoTime();
            waiter.interrupt();
            waiter.join(5000);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertFalse(waiter.isAlive());
            // At once, not when the holder's 2 s are over: 1 s leaves a loaded machine time to wake the thread.
            assertTrue(millis < 1000, "ended " + millis + " ms after the interrupt");
            assertTrue(flag.get(), "the interrupt flag is kept");
            assertInstanceOf(java.util.concurrent.CancellationException.class, thrown.get());
            assertTrue(thrown.get().getMessage().contains("nothing was sent"), thrown.get()::getMessage);
            holder.get();
            assertEquals(2, sandbox.requests().size(), "the holder's GET and PUT; nothing from the waiter");
            assertEquals(
                    "Boston",
                    sandbox.user(null, SandboxUsers.US_USER).get("city").getAsString());
            assertEquals(0, UserLock.inUse(), "the interrupted waiter left nothing behind");
        }
    }

    @Test
    void theKeyIsOneForEveryLetterCaseOfAnIdAndKeepsTheHostAndAccountApart() {
        assertEquals(UserLock.key("h", null, "A-B-1CDEFG"), UserLock.key("h", null, "a-b-1cdefg"));
        assertEquals(UserLock.key("h", null, "A-B-1CDEFG"), UserLock.key("h", "", "A-b-1cdEFG"));
        assertNotEquals(UserLock.key("h", null, "A-B-1CDEFG"), UserLock.key("h", "1-ABC", "A-B-1CDEFG"));
        assertNotEquals(UserLock.key("h", null, "A-B-1CDEFG"), UserLock.key("g", null, "A-B-1CDEFG"));
        // Unchanged for ids written as IAM writes them, so lock files keep their names.
        assertEquals("h\n\nA-B-1CDEFG", UserLock.key("h", null, "A-B-1CDEFG"));
        assertEquals("A-B-1CDEFG", UserLock.canonicalId("a-b-1CdEfG"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 10 s");
            Thread.sleep(5);
        }
    }

    /** One v3 user, found by its id in any letter case, as a server that matches ids case-insensitively does. */
    private static final class CaseBlindServer extends Dispatcher {
        final JsonObject stored = JsonParser.parseString(Loopback.USER_JSON.replace("\"tfaEnabled\":true,", ""))
                .getAsJsonObject();
        volatile boolean delayFirstPut;
        private final AtomicInteger puts = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getRequestUrl().encodedPath();
            String id = path.replaceAll(".*/ui-identities/([^/]+).*", "$1");
            if (!id.equalsIgnoreCase(stored.get("uiIdentityId").getAsString())) {
                return Loopback.json(404, "{\"title\":\"User not found\",\"httpStatus\":404}");
            }
            if (request.getMethod().equals("PUT")) {
                if (puts.getAndIncrement() == 0 && delayFirstPut) {
                    Thread.sleep(400);
                }
                JsonObject body =
                        JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
                synchronized (stored) {
                    body.entrySet().forEach(e -> stored.add(e.getKey(), e.getValue()));
                }
            }
            synchronized (stored) {
                return Loopback.json(stored.toString());
            }
        }
    }
}
