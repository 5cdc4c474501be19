package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.MutableClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is retried, by method; and on a plain OkHttp client: POSTs, interruption, closing of retried answers. */
class RetryInterceptorTest {
    private static final RetryPolicy POLICY =
            RetryPolicy.builder().maxAttempts(3).jitter(0).build();

    private MockWebServer server;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private OkHttpClient client(Sleeper sleeper) {
        return new OkHttpClient.Builder()
                .addInterceptor(new RetryInterceptor(POLICY, clock, sleeper, () -> 0.0))
                .build();
    }

    private Request post(String url) {
        return new Request.Builder()
                .url(url)
                .post(RequestBody.create("{}", MediaType.get("application/json")))
                .build();
    }

    @Test
    void aPostIsNotRetriedOnAServerError() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));

        try (Response response =
                client(sleeper).newCall(post(server.url("/x").toString())).execute()) {
            assertEquals(503, response.code());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aPostIsRetriedOnARateLimit() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
        server.enqueue(new MockResponse().setBody("ok"));

        try (Response response =
                client(sleeper).newCall(post(server.url("/x").toString())).execute()) {
            assertEquals("ok", response.body().string());
        }
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits());
    }

    @Test
    void aPostIsRetriedWhenTheConnectionWasRefusedBecauseNothingWasSent() {
        String nowhere = "http://127.0.0.1:" + Loopback.closedPort() + "/x";

        assertThrows(
                ConnectException.class,
                () -> client(sleeper).newCall(post(nowhere)).execute());

        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
    }

    @Test
    void aPostIsRetriedWhenConnectingTimedOutBecauseNothingWasSent() throws IOException {
        try (Loopback.FullListener full = Loopback.fullListener()) {
            OkHttpClient impatient = client(sleeper)
                    .newBuilder()
                    .connectTimeout(Duration.ofMillis(200))
                    .build();

            SocketTimeoutException e = assertThrows(
                    SocketTimeoutException.class,
                    () -> impatient
                            .newCall(post("http://" + full.host() + "/x"))
                            .execute());

            assertTrue(RetryInterceptor.isConnectTimeout(e), e.toString());
            assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.waits());
        }
    }

    @Test
    void aPostIsNotRetriedAfterATimeoutBecauseTheServerMayHaveActedOnIt() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThrows(
                SocketTimeoutException.class,
                () -> client(sleeper)
                        .newBuilder()
                        .readTimeout(Duration.ofMillis(200)) // only here: a loaded machine answers others slower
                        .build()
                        .newCall(post(server.url("/x").toString()))
                        .execute());

        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void anInterruptedWaitStopsAndKeepsTheInterruptFlag() {
        server.enqueue(new MockResponse().setResponseCode(503));
        Sleeper interrupted = d -> {
            throw new InterruptedException("stop");
        };

        InterruptedIOException e = assertThrows(
                InterruptedIOException.class,
                () -> client(interrupted)
                        .newCall(new Request.Builder().url(server.url("/x")).build())
                        .execute());

        assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
        assertTrue(e.getMessage().contains("interrupted while waiting to retry GET /x"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retriedAnswersAreClosedSoTheConnectionIsReused() throws IOException, InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("busy"));
        server.enqueue(new MockResponse().setResponseCode(503).setBody("busy"));
        server.enqueue(new MockResponse().setBody("ok"));

        try (Response response = client(sleeper)
                .newCall(new Request.Builder().url(server.url("/x")).build())
                .execute()) {
            assertEquals("ok", response.body().string());
        }

        server.takeRequest();
        server.takeRequest();
        assertEquals(2, server.takeRequest().getSequenceNumber(), "third request, same connection");
    }

    @ParameterizedTest(name = "{0} {1} rateLimited={2} -> {3}")
    @CsvSource({
        "GET, 500, false, true",
        "GET, 502, false, true",
        "GET, 503, false, true",
        "GET, 504, false, true",
        "GET, 501, false, false",
        "GET, 400, false, false",
        "GET, 404, false, false",
        "GET, 429, true, true",
        "GET, 400, true, true",
        "PUT, 500, false, false",
        "PUT, 502, false, true",
        "PUT, 503, false, true",
        "PUT, 504, false, true",
        "PUT, 400, false, false",
        "PUT, 409, false, false",
        "PUT, 429, true, true",
        "POST, 503, false, false",
        "POST, 500, false, false",
        "POST, 429, true, true",
        "PATCH, 503, false, false",
        "DELETE, 503, false, true"
    })
    void statuses(String method, int status, boolean rateLimited, boolean retried) {
        assertEquals(retried, RetryInterceptor.retriesStatus(method, status, rateLimited));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, refused, true",
        "GET, readTimeout, true",
        "GET, reset, true",
        "GET, certificate, false",
        "PUT, refused, true",
        "PUT, readTimeout, true",
        "PUT, reset, true",
        "POST, refused, true",
        "POST, unknownHost, true",
        "POST, connectTimeout, true",
        "POST, connectTimeoutJdk13, true",
        "POST, readTimeout, false",
        "POST, reset, false"
    })
    void failures(String method, String kind, boolean retried) {
        assertEquals(retried, RetryInterceptor.retriesFailure(method, failure(kind)));
    }

    private static IOException failure(String kind) {
        return switch (kind) {
            case "refused" -> new ConnectException("Connection refused");
            case "unknownHost" -> new UnknownHostException("akab-x.luna.akamaiapis.net");
            case "connectTimeout" -> new SocketTimeoutException("connect timed out");
            case "connectTimeoutJdk13" -> new SocketTimeoutException("Connect timed out");
            case "readTimeout" -> new SocketTimeoutException("timeout");
            case "reset" -> new IOException("unexpected end of stream");
            case "certificate" -> new SSLPeerUnverifiedException("Hostname not verified");
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
