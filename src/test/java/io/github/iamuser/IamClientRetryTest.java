package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.ConflictException;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.errors.RateLimitException;
import io.github.iamuser.errors.ServerException;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.MutableClock;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retries through the whole client: exact waits with a fake clock, a recording sleeper and fixed jitter. */
class IamClientRetryTest {
    /** The server's clock, an hour off the client's, so that waits measured against Date are told apart. */
    private static final Instant SERVER_NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static final RetryPolicy POLICY = RetryPolicy.builder()
            .maxAttempts(5)
            .initialBackoff(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(4))
            .timeBudget(Duration.ofSeconds(60))
            .build();

    private MockWebServer server;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        clock = new MutableClock(SERVER_NOW.plus(Duration.ofHours(1)));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private IamClient client(Consumer<IamClientBuilder> changes) {
        IamClientBuilder b = TestClients.builder(server, ApiVersion.V3)
                .retryPolicy(POLICY)
                .clock(clock)
                .sleeper(sleeper)
                .jitterSource(() -> 0.5);
        changes.accept(b);
        return b.build();
    }

    private IamClient client() {
        return client(b -> {});
    }

    @Test
    void getIsRetriedOnEach5xxWithCappedExponentialBackoffAndJitter() {
        for (int status : new int[] {503, 502, 500, 504}) {
            server.enqueue(new MockResponse().setResponseCode(status));
        }
        server.enqueue(json(USER_JSON));

        client().getUser("A-B-1CDEFG");

        assertEquals(5, server.getRequestCount());
        assertEquals(List.of(millis(500), millis(1000), millis(2000), millis(2000)), sleeper.waits());
    }

    @Test
    void withoutJitterTheBackoffDoublesUpToTheCap() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }
        server.enqueue(json("[]"));

        client(b -> b.retryPolicy(POLICY.toBuilder().jitter(0).build()))
                .lookups()
                .countries();

        assertEquals(List.of(millis(1000), millis(2000), millis(4000), millis(4000)), sleeper.waits());
    }

    @Test
    void whenTheAttemptsRunOutTheLastAnswerIsThrown() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }

        assertThrows(
                ServerException.class,
                () -> client(b ->
                                b.retryPolicy(POLICY.toBuilder().maxAttempts(3).build()))
                        .lookups()
                        .countries());

        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(millis(500), millis(1000)), sleeper.waits());
    }

    @Test
    void retryAfterInSecondsIsWaitedExactly() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
        server.enqueue(json("[]"));

        client().lookups().countries();

        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits());
    }

    @Test
    void retryAfterAsADateIsMeasuredAgainstTheResponsesDate() {
        server.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Date", http(SERVER_NOW))
                .setHeader("Retry-After", http(SERVER_NOW.plusSeconds(12))));
        server.enqueue(json("[]"));

        client().lookups().countries();

        assertEquals(List.of(Duration.ofSeconds(12)), sleeper.waits());
    }

    @Test
    void rateLimitNextHeadersAreHonouredAgainstTheResponsesDate() {
        server.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Date", http(SERVER_NOW))
                .setHeader("X-RateLimit-Limit", "100")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Next", http(SERVER_NOW.plusSeconds(5))));
        server.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Date", http(SERVER_NOW))
                .setHeader("Akamai-RateLimit-Next", "2025-03-01T12:00:08.500Z"));
        server.enqueue(json("[]"));

        client().lookups().countries();

        assertEquals(List.of(Duration.ofSeconds(5), millis(8500)), sleeper.waits());
    }

    @Test
    void a429WithoutAWaitBacksOff() {
        server.enqueue(new MockResponse().setResponseCode(429));
        server.enqueue(json("[]"));

        client().lookups().countries();

        assertEquals(List.of(millis(500)), sleeper.waits());
    }

    @Test
    void aBurstBlock400IsRetriedLikeA429() {
        server.enqueue(json(400, "{\"title\":\"Bad Request\",\"detail\":\"IPBLOCK-BURST: slow down\"}"));
        server.enqueue(json(USER_JSON));

        client().replaceProfile("A-B-1CDEFG", Profiles.completeV3Update());

        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(millis(500)), sleeper.waits());
    }

    @Test
    void aWaitLongerThanTheBudgetEndsRetryingWithARateLimitExceptionSayingHowLong() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));

        RateLimitException e =
                assertThrows(RateLimitException.class, () -> client().lookups().countries());

        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits());
        assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
        assertTrue(e.getMessage().endsWith("wait 120 seconds before trying again."), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Retry-After, 9223372036854775807",
        "X-RateLimit-Next, +999999999-12-31T23:59:59Z",
        "Akamai-RateLimit-Next, +999999999-12-31T23:59:59Z"
    })
    void anAbsurdWaitIsCappedAtAYearAndEndsInARateLimitException(String header, String value) {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader(header, value));

        RateLimitException e =
                assertThrows(RateLimitException.class, () -> client().lookups().countries());

        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits());
        assertEquals(Optional.of(Duration.ofDays(366)), e.retryAfter());
        assertTrue(e.getMessage().endsWith("wait 31622400 seconds before trying again."), e.getMessage());
    }

    @Test
    void theBudgetCountsTheTimeAlreadySpent() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503));
        }

        assertThrows(
                ServerException.class,
                () -> client(b -> b.retryPolicy(POLICY.toBuilder()
                                .jitter(0)
                                .timeBudget(Duration.ofMillis(2500))
                                .build()))
                        .lookups()
                        .countries());

        assertEquals(List.of(millis(1000)), sleeper.waits(), "1 s spent, the next 2 s would pass 2.5 s");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void theCallTimeoutCapsTheBudget() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "5"));

        assertThrows(
                RateLimitException.class,
                () -> client(b -> b.callTimeout(Duration.ofSeconds(2)))
                        .lookups()
                        .countries());

        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void theProfilePutIsRetriedOn503LikeAGetWithTheSameBody() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(504));
        server.enqueue(json(USER_JSON));

        client().replaceProfile("A-B-1CDEFG", Profiles.completeV3Update());

        String first = server.takeRequest().getBody().readUtf8();
        assertEquals(first, server.takeRequest().getBody().readUtf8());
        assertEquals(first, server.takeRequest().getBody().readUtf8());
        assertEquals(List.of(millis(500), millis(1000)), sleeper.waits());
    }

    @Test
    void theProfilePutIsNotRetriedOn500OrOnAClientError() {
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(json(400, "{\"title\":\"Validation Exception\",\"status\":400}"));
        server.enqueue(json(409, "{\"title\":\"Conflict\",\"status\":409}"));
        IamClient iam = client();

        assertThrows(ServerException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));
        assertThrows(ValidationException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));
        assertThrows(ConflictException.class, () -> iam.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update()));

        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void aGetIsNotRetriedOnAClientError() {
        server.enqueue(json(404, "{\"title\":\"User not found\",\"httpStatus\":404}"));

        assertThrows(NotFoundException.class, () -> client().getUser("A-B-1CDEFG"));

        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() {
        IamClient nowhere = IamClient.builder()
                .credential(Loopback.credentialFor("127.0.0.1:" + Loopback.closedPort()))
                .retryPolicy(POLICY.toBuilder().maxAttempts(3).build())
                .clock(clock)
                .sleeper(sleeper)
                .jitterSource(() -> 0.5)
                .build();

        assertThrows(ConnectionException.class, nowhere.lookups()::countries);

        assertEquals(List.of(millis(500), millis(1000)), sleeper.waits());
    }

    @Test
    void aReadTimeoutOnAGetIsRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(json("[\"USA\"]"));

        List<String> countries =
                // The retry's answer must come within the same timeout: 1 s, as a loaded machine may be slow to answer.
                client(b -> b.readTimeout(Duration.ofSeconds(1))).lookups().countries();

        assertEquals(List.of("USA"), countries);
        assertEquals(List.of(millis(500)), sleeper.waits());
    }

    @Test
    void noRetriesWithRetryPolicyNone() {
        server.enqueue(new MockResponse().setResponseCode(503));

        assertThrows(
                ServerException.class,
                () -> client(b -> b.retryPolicy(RetryPolicy.none())).lookups().countries());

        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits());
    }

    private static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }

    private static String http(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    @Test
    void aSafeUpdatesPutIsRetriedWithTheSameBodyEachAttemptSignedAnew() throws Exception {
        server.enqueue(json(IamClientOperationsTest.V3_USER));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json(IamClientOperationsTest.V3_USER));

        client().updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));

        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals(first.getPath(), second.getPath());
        assertTrue(
                first.getPath().startsWith("/identity-management/v3/user-admin/ui-identities/A-B-1CDEFG/basic-info"));
        assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8());
        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(Loopback.credential(server));
        assertNotEquals(verifier.verify(first).nonce(), verifier.verify(second).nonce());
    }
}
