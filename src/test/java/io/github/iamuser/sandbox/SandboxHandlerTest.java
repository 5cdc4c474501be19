package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answering an exchange: the body's size limit, then a fault, the rate limit, the signature and the route. */
class SandboxHandlerTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(http -> http.retryOnConnectionFailure(false));

    @Test
    void dropConnectionClosesWithoutAnswerAndIsRecorded() {
        SANDBOX.sandbox().faults().enqueue(Fault.dropConnection());
        assertThrows(UncheckedIOException.class, () -> SANDBOX.client().getUser(null, US_USER));
        RecordedRequest dropped = SANDBOX.sandbox().requests().get(0);
        assertEquals(RecordedRequest.DROPPED, dropped.status());
        assertEquals("/" + USERS + US_USER, dropped.rawPath());
        assertEquals(200, SANDBOX.client().getUser(null, US_USER).status());
    }

    @Test
    void faultsComeBeforeTheSignatureCheckAndAreRecorded() {
        SANDBOX.sandbox().faults().enqueue(Fault.rateLimited(Duration.ofSeconds(1)));
        SignedClient.Answer unsigned = SignedClient.unsigned(SANDBOX.sandbox())
                .send(new Request.Builder().url(SANDBOX.client().url(USERS + US_USER + "?actions=true")));
        assertEquals(429, unsigned.status(), "like an edge in front of the API");
        RecordedRequest recorded = SANDBOX.sandbox().requests().get(0);
        assertEquals(429, recorded.status());
        assertEquals("actions=true", recorded.rawQuery());
        assertEquals(
                401,
                SignedClient.unsigned(SANDBOX.sandbox())
                        .send(new Request.Builder().url(SANDBOX.client().url(USERS + US_USER)))
                        .status());
    }

    @Test
    void aBodyOverTheLimitIsA413BeforeTheSignatureIsCheckedAndIsRecorded() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            String big = "{\"city\":\"" + "x".repeat(SandboxHandler.MAX_BODY_BYTES) + "\"}";
            SignedClient.Answer answer = SignedClient.unsigned(sandbox).put(USERS + US_USER + "/basic-info", big);
            assertEquals(413, answer.status(), answer.body());
            assertTrue(answer.object().get("detail").getAsString().contains("larger than 1048576 bytes"));
            assertEquals(
                    List.of(413),
                    sandbox.requests().stream().map(RecordedRequest::status).toList());
        }
    }

    @Test
    void aHeadIsAnsweredWithoutABody() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            SignedClient.Answer answer = SignedClient.of(sandbox)
                    .send(new Request.Builder()
                            .url(sandbox.baseUrl() + USERS + US_USER)
                            .head());
            assertEquals(405, answer.status());
            assertEquals("GET", answer.headers().get("Allow"));
            assertEquals("", answer.body());
        }
    }

    @Test
    void aFaultTakesNoTokenAndTheLimitComesBeforeTheSignature() {
        try (IamSandbox sandbox = IamSandbox.builder().rateLimit(0.001, 1).start()) {
            sandbox.faults().enqueue(Fault.serverError(503));
            SignedClient client = SignedClient.of(sandbox);
            assertEquals(503, client.getUser(null, US_USER).status());
            SignedClient.Answer ok = client.getUser(null, "NO-SUCH");
            assertEquals(404, ok.status(), "the fault left the one token");
            assertEquals("0", ok.headers().get("X-RateLimit-Remaining"), "an error answer carries the headers too");
            assertEquals(
                    429, SignedClient.unsigned(sandbox).getUser(null, US_USER).status(), "429, not 401");
        }
    }
}
