package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.RateLimitException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pacer {@code paceWithinRateLimit(n)} installs, in real time against a loopback server: calls go freely
 * while the bucket holds plenty, are spaced once what remains is low, and all wait out the 429 the server asked.
 */
class RateLimitPacerTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.builder(server, ApiVersion.V3)
                .retryPolicy(RetryPolicy.none())
                .paceWithinRateLimit(1)
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static MockResponse countries(int limit, int remaining) {
        return Loopback.json("[\"USA\"]")
                .setHeader("X-RateLimit-Limit", limit)
                .setHeader("X-RateLimit-Remaining", remaining);
    }

    private long millisFor(int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            iam.lookups().countries();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void whilePlentyRemainsCallsGoFreely() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(countries(100, 90));
        }

        long took = millisFor(10);

        assertTrue(took < 1000, "10 calls took " + took + " ms; paced at the rate below they would take 1 s");
    }

    @Test
    void onceLittleRemainsCallsAreSpaced() {
        for (int i = 0; i < 11; i++) {
            server.enqueue(countries(10, 1));
        }
        iam.lookups().countries(); // a bucket of 10 with 1 left: about 9 calls a second from now on

        long took = millisFor(10);

        assertTrue(took >= 900, "10 paced calls took " + took + " ms, not about 9 gaps of 111 ms");
    }

    @Test
    void aTooManyRequestsAnswerHoldsTheNextCallForTheWaitItAsks() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
        server.enqueue(countries(100, 90));
        assertThrows(RateLimitException.class, () -> iam.lookups().countries());

        long took = millisFor(1);

        assertTrue(took >= 900, "the call after the 429 went after " + took + " ms, not after the 1 s asked");
    }
}
