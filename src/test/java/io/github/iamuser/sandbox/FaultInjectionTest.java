package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each queued fault replaces the answer to the next matching request, then the sandbox answers normally. */
class FaultInjectionTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(http -> http.retryOnConnectionFailure(false));

    private static final String PUT_PREFIX = "/" + USERS;

    @Test
    void rateLimitedIsA429WithEveryRateLimitHeader() {
        SANDBOX.sandbox().faults().enqueue(Fault.rateLimited(Duration.ofMillis(1500)));
        SignedClient.Answer answer = SANDBOX.client().getUser(null, US_USER);
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
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status(), "used up by one request");
    }

    @Test
    void ipBlockBurstIsA400MentioningIt() {
        SANDBOX.sandbox().faults().enqueue(Fault.ipBlockBurst());
        SignedClient.Answer answer = SANDBOX.client().getUser(null, US_USER);
        assertEquals(400, answer.status());
        assertTrue(answer.object().get("detail").getAsString().contains("IPBLOCK-BURST"));
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status());
    }

    @Test
    void serverErrorIsAProblemDocumentWithThatStatus() {
        SANDBOX.sandbox().faults().enqueue(Fault.serverError(503));
        SignedClient.Answer answer = SANDBOX.client().getUser(null, US_USER);
        assertEquals(503, answer.status());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertEquals(503, answer.object().get("httpStatus").getAsInt());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Fault.serverError(404));
        assertTrue(wrong.getMessage().contains("500 to 599"));
    }

    @Test
    void nonJsonErrorsAreHtmlOrPlainText() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        SANDBOX.sandbox()
                .faults()
                .enqueue(Fault.nonJsonError(502, html))
                .enqueue(Fault.nonJsonError(429, "Too many requests"));
        SignedClient.Answer gateway = SANDBOX.client().getUser(null, US_USER);
        assertEquals(502, gateway.status());
        assertEquals("text/html; charset=utf-8", gateway.headers().get("Content-Type"));
        assertEquals(html, gateway.body());
        SignedClient.Answer text = SANDBOX.client().getUser(null, US_USER);
        assertEquals(429, text.status());
        assertEquals("text/plain; charset=utf-8", text.headers().get("Content-Type"));
        assertEquals("Too many requests", text.body());
    }

    @Test
    void delayAnswersNormallyAfterwards() {
        SANDBOX.sandbox().faults().enqueue(Fault.delay(Duration.ofMillis(50)));
        SignedClient.Answer answer = SANDBOX.client().getUser(null, US_USER);
        assertEquals(200, answer.status());
        assertEquals(US_USER, answer.object().get("uiIdentityId").getAsString());
    }

    @Test
    void delayOutlastsAShortReadTimeout() {
        // A sandbox of its own: the delayed request, answered and recorded 5 s later, must not land in another
        // test's request log; closing the sandbox ends it.
        try (IamSandbox sandbox = IamSandbox.start()) {
            SignedClient impatient = SignedClient.of(
                    sandbox,
                    sandbox.credential(),
                    new OkHttpClient.Builder()
                            .readTimeout(Duration.ofMillis(200))
                            .retryOnConnectionFailure(false));
            sandbox.faults().enqueue(Fault.delay(Duration.ofSeconds(5)));
            UncheckedIOException timeout =
                    assertThrows(UncheckedIOException.class, () -> impatient.getUser(null, US_USER));
            assertTrue(timeout.getCause() instanceof SocketTimeoutException, timeout.toString());
        }
    }

    @Test
    void aFaultForPutsLetsOtherRequestsPass() {
        JsonObject profile = Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER));
        Fault onPut = Fault.serverError(500).onlyFor("put", PUT_PREFIX);
        SANDBOX.sandbox().faults().enqueue(onPut);
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status());
        assertEquals(
                200, SANDBOX.client().get(SignedClient.COMMON + "countries").status());
        assertEquals(List.of(onPut), SANDBOX.sandbox().faults().pending());
        assertEquals(500, SANDBOX.client().putProfile(null, US_USER, profile).status());
        assertEquals(List.of(), SANDBOX.sandbox().faults().pending());
        assertEquals(200, SANDBOX.client().putProfile(null, US_USER, profile).status());
    }

    @Test
    void faultsArePlayedInTheOrderQueued() {
        SANDBOX.sandbox().faults().enqueue(Fault.serverError(500)).enqueue(Fault.serverError(503));
        assertEquals(500, SANDBOX.client().getUser(null, US_USER).status());
        assertEquals(503, SANDBOX.client().getUser(null, US_USER).status());
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status());
    }

    @Test
    void clearDropsWaitingFaults() {
        SANDBOX.sandbox().faults().enqueue(Fault.serverError(500)).enqueue(Fault.dropConnection());
        assertEquals(2, SANDBOX.sandbox().faults().pending().size());
        SANDBOX.sandbox().faults().clear();
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status());
    }
}
