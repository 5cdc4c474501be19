package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token bucket in front of the sandbox and the X-RateLimit headers of its answers. */
class RateLimiterTest {
    @Test
    void eachRequestTakesATokenAndTheHeadersCountDown() {
        RateLimiter limiter = new RateLimiter(0.001, 2);
        RateLimiter.Decision first = limiter.take();
        assertNull(first.refusal());
        assertEquals(Map.of("X-RateLimit-Limit", "2", "X-RateLimit-Remaining", "1"), first.headers());
        assertEquals("0", limiter.take().headers().get("X-RateLimit-Remaining"));
        RateLimiter.Decision refused = limiter.take();
        assertNotNull(refused.refusal());
        assertEquals(429, refused.refusal().status());
        assertEquals(refused.refusal().headers(), refused.headers());
        assertEquals("2", refused.headers().get("X-RateLimit-Limit"));
        JsonElement problem =
                JsonParser.parseString(new String(refused.refusal().body(), StandardCharsets.UTF_8));
        assertEquals(
                "/useradmin-api/error-types/rate-limit",
                problem.getAsJsonObject().get("type").getAsString());
    }

    @Test
    void tokensComeBackAtTheRateUpToTheBurstOnly() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(5, 1);
        assertNull(limiter.take().refusal());
        Thread.sleep(1000); // five tokens' worth, but the bucket holds one
        assertNull(limiter.take().refusal());
        RateLimiter.Decision second = limiter.take();
        assertNotNull(second.refusal(), "the bucket held only one token");
        Duration wait =
                Duration.between(Instant.now(), Instant.parse(second.headers().get("X-RateLimit-Next")));
        assertTrue(wait.toMillis() <= 201, "the next token is at most 1/5 s away: " + wait);
    }

    @Test
    void overTheRateLimitTheAnswerIsA429WithTheHeadersAkamaiSends() {
        // A token every 5 s: however slow the machine, no token comes back between these four quick requests.
        double perSecond = 0.2;
        try (IamSandbox sandbox = IamSandbox.builder().rateLimit(perSecond, 3).start()) {
            SignedClient client = SignedClient.of(sandbox);
            for (int remaining = 2; remaining >= 0; remaining--) {
                SignedClient.Answer ok = client.getUser(null, SandboxUsers.US_USER);
                assertEquals(200, ok.status());
                assertEquals("3", ok.headers().get("X-RateLimit-Limit"));
                assertEquals(Integer.toString(remaining), ok.headers().get("X-RateLimit-Remaining"));
            }
            SignedClient.Answer limited = client.getUser(null, SandboxUsers.US_USER);
            assertEquals(429, limited.status(), limited.body());
            assertEquals("0", limited.headers().get("X-RateLimit-Remaining"));
            String next = limited.headers().get("X-RateLimit-Next");
            assertNotNull(next);
            Duration wait = Duration.between(Instant.now(), Instant.parse(next));
            Duration oneToken = Duration.ofMillis((long) (1000 / perSecond));
            assertTrue(
                    !wait.isNegative() && wait.compareTo(oneToken.plusMillis(100)) < 0,
                    "next token in " + wait + ", within one token's " + oneToken);
            assertEquals(1, sandbox.rateLimitedCount());
            JsonElement detail = limited.object().get("detail");
            assertTrue(detail.getAsString().contains("X-RateLimit-Next"), detail.toString());
        }
    }
}
