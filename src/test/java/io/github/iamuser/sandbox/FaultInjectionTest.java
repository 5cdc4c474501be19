package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each queued fault replaces the answer to the next matching request, then the sandbox answers normally. */
class FaultInjectionTest {
    private static final String PUT_PREFIX = "/" + USERS;
    private static IamSandbox sandbox;
    private static SignedClient client;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        client = SignedClient.of(
                sandbox, sandbox.credential(), new OkHttpClient.Builder().retryOnConnectionFailure(false));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void rateLimitedIsA429WithEveryRateLimitHeader() {
        sandbox.faults().enqueue(Fault.rateLimited(Duration.ofMillis(1500)));
        SignedClient.Answer answer = client.getUser(null, US_USER);
        assertEquals(429, answer.status());
        assertEquals("2", answer.headers().get("Retry-After"), "whole seconds, rounded up");
        assertEquals("100", answer.headers().get("X-RateLimit-Limit"));
        assertEquals("0", answer.headers().get("X-RateLimit-Remaining"));
        ZonedDateTime date = ZonedDateTime.parse(answer.headers().get("Date"), DateTimeFormatter.RFC_1123_DATE_TIME);
        // Akamai writes X-RateLimit-Next as an ISO 8601 instant in milliseconds (its Go SDK parses it as RFC 3339).
        ZonedDateTime next = ZonedDateTime.parse(answer.headers().get("X-RateLimit-Next"));
        long wait = Duration.between(date, next).toSeconds();
        assertTrue(wait >= 1 && wait <= 2, "X-RateLimit-Next is Retry-After past Date: " + date + " -> " + next);
        assertEquals(429, answer.object().get("httpStatus").getAsInt());
        assertEquals(200, client.getUser(null, US_USER).status(), "used up by one request");
    }

    @Test
    void ipBlockBurstIsA400MentioningIt() {
        sandbox.faults().enqueue(Fault.ipBlockBurst());
        SignedClient.Answer answer = client.getUser(null, US_USER);
        assertEquals(400, answer.status());
        assertTrue(answer.object().get("detail").getAsString().contains("IPBLOCK-BURST"));
        assertEquals(200, client.getUser(null, US_USER).status());
    }

    @Test
    void serverErrorIsAProblemDocumentWithThatStatus() {
        sandbox.faults().enqueue(Fault.serverError(503));
        SignedClient.Answer answer = client.getUser(null, US_USER);
        assertEquals(503, answer.status());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertEquals(503, answer.object().get("httpStatus").getAsInt());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Fault.serverError(404));
        assertTrue(wrong.getMessage().contains("500 to 599"));
    }

    @Test
    void nonJsonErrorsAreHtmlOrPlainText() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        sandbox.faults().enqueue(Fault.nonJsonError(502, html)).enqueue(Fault.nonJsonError(429, "Too many requests"));
        SignedClient.Answer gateway = client.getUser(null, US_USER);
        assertEquals(502, gateway.status());
        assertEquals("text/html; charset=utf-8", gateway.headers().get("Content-Type"));
        assertEquals(html, gateway.body());
        SignedClient.Answer text = client.getUser(null, US_USER);
        assertEquals(429, text.status());
        assertEquals("text/plain; charset=utf-8", text.headers().get("Content-Type"));
        assertEquals("Too many requests", text.body());
    }

    @Test
    void delayAnswersNormallyAfterwards() {
        sandbox.faults().enqueue(Fault.delay(Duration.ofMillis(50)));
        SignedClient.Answer answer = client.getUser(null, US_USER);
        assertEquals(200, answer.status());
        assertEquals(US_USER, answer.object().get("uiIdentityId").getAsString());
    }

    @Test
    void delayOutlastsAShortReadTimeout() {
        SignedClient impatient = SignedClient.of(
                sandbox,
                sandbox.credential(),
                new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).retryOnConnectionFailure(false));
        sandbox.faults().enqueue(Fault.delay(Duration.ofSeconds(5)));
        UncheckedIOException timeout = assertThrows(UncheckedIOException.class, () -> impatient.getUser(null, US_USER));
        assertTrue(timeout.getCause() instanceof SocketTimeoutException, timeout.toString());
    }

    @Test
    void dropConnectionClosesWithoutAnswerAndIsRecorded() {
        sandbox.faults().enqueue(Fault.dropConnection());
        assertThrows(UncheckedIOException.class, () -> client.getUser(null, US_USER));
        RecordedRequest dropped = sandbox.requests().get(0);
        assertEquals(RecordedRequest.DROPPED, dropped.status());
        assertEquals("/" + USERS + US_USER, dropped.rawPath());
        assertEquals(200, client.getUser(null, US_USER).status());
    }

    @Test
    void aFaultForPutsLetsOtherRequestsPass() {
        JsonObject profile = Profiles.updateFrom(sandbox.user(null, US_USER));
        Fault onPut = Fault.serverError(500).onlyFor("put", PUT_PREFIX);
        sandbox.faults().enqueue(onPut);
        assertEquals(200, client.getUser(null, US_USER).status());
        assertEquals(200, client.get(SignedClient.COMMON + "countries").status());
        assertEquals(List.of(onPut), sandbox.faults().pending());
        assertEquals(500, client.putProfile(null, US_USER, profile).status());
        assertEquals(List.of(), sandbox.faults().pending());
        assertEquals(200, client.putProfile(null, US_USER, profile).status());
    }

    @Test
    void faultsArePlayedInTheOrderQueued() {
        sandbox.faults().enqueue(Fault.serverError(500)).enqueue(Fault.serverError(503));
        assertEquals(500, client.getUser(null, US_USER).status());
        assertEquals(503, client.getUser(null, US_USER).status());
        assertEquals(200, client.getUser(null, US_USER).status());
    }

    @Test
    void faultsComeBeforeTheSignatureCheckAndAreRecorded() {
        sandbox.faults().enqueue(Fault.rateLimited(Duration.ofSeconds(1)));
        SignedClient.Answer unsigned = SignedClient.unsigned(sandbox)
                .send(new Request.Builder().url(client.url(USERS + US_USER + "?actions=true")));
        assertEquals(429, unsigned.status(), "like an edge in front of the API");
        RecordedRequest recorded = sandbox.requests().get(0);
        assertEquals(429, recorded.status());
        assertEquals("actions=true", recorded.rawQuery());
        assertEquals(
                401,
                SignedClient.unsigned(sandbox)
                        .send(new Request.Builder().url(client.url(USERS + US_USER)))
                        .status());
    }

    @Test
    void clearDropsWaitingFaults() {
        sandbox.faults().enqueue(Fault.serverError(500)).enqueue(Fault.dropConnection());
        assertEquals(2, sandbox.faults().pending().size());
        sandbox.faults().clear();
        assertEquals(200, client.getUser(null, US_USER).status());
    }

    @Test
    void invalidFaultsAreRefusedWithTheRule() {
        assertThrows(IllegalArgumentException.class, () -> Fault.rateLimited(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> Fault.delay(null));
        assertThrows(IllegalArgumentException.class, () -> Fault.nonJsonError(200, "ok"));
        assertFalse(Fault.dropConnection().onlyFor("GET", "/x").toString().isEmpty());
    }
}
