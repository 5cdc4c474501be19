package io.github.iamuser.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers every exchange: reads the body (within the {@link ExchangeRunner}'s read limit), plays a
 * queued fault if one matches, else takes a token of the {@link RateLimiter} (when there is one),
 * checks the EdgeGrid signature and lets the {@link SandboxRouter} respond; records the request
 * before the response leaves. The limiter is null when there is no rate limit.
 */
record SandboxHandler(
        EdgeGridVerifier verifier,
        SandboxRouter router,
        Faults faults,
        RequestLog log,
        ExchangeRunner exchanges,
        RateLimiter limiter)
        implements HttpHandler {
    /** The largest body the sandbox reads; a profile is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 1 << 20;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = readBody(exchange.getRequestBody());
            if (!exchanges.requestRead()) {
                return; // the read limit passed, which closed the connection, or the sandbox is closing
            }
            try {
                answer(exchange, body);
            } finally {
                exchanges.answered();
            }
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        SandboxRequest request = SandboxRequest.of(exchange, body == null ? new byte[0] : body);
        if (body == null) {
            String detail = "The body is larger than " + MAX_BODY_BYTES
                    + " bytes: a profile is a few hundred bytes, send only the 17 profile fields.";
            send(exchange, request, Problems.Kind.BODY_TOO_LARGE.answer(detail));
            return;
        }
        Fault fault = faults.take(request.method(), request.rawPath());
        if (fault != null && fault.dropsConnection()) {
            log.record(request, RecordedRequest.DROPPED);
            return;
        }
        if (fault != null && !waited(fault.waitBefore())) {
            return;
        }
        SandboxResponse faulty = fault == null ? null : fault.response(Instant.now());
        send(exchange, request, faulty != null ? faulty : limitedResponse(request));
    }

    /** The answer within the rate limit: a 429 when it is used up, else the answer with the limit's headers. */
    private SandboxResponse limitedResponse(SandboxRequest request) {
        if (limiter == null) {
            return authenticatedResponse(request);
        }
        RateLimiter.Decision decision = limiter.take();
        if (decision.refusal() != null) {
            return decision.refusal();
        }
        return authenticatedResponse(request).withHeaders(decision.headers());
    }

    private SandboxResponse authenticatedResponse(SandboxRequest request) {
        try {
            Optional<String> failure = verifier.check(request, Instant.now());
            return failure.isPresent() ? Problems.unauthorized(request, failure.get()) : router.respond(request);
        } catch (RuntimeException e) {
            return Problems.Kind.INTERNAL_ERROR.answer(
                    "The sandbox failed (" + e + "): this is a bug in the sandbox, please report it.");
        }
    }

    private void send(HttpExchange exchange, SandboxRequest request, SandboxResponse response) throws IOException {
        log.record(request, response.status());
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = request.method().equals("HEAD") ? new byte[0] : response.body();
        if (body.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The whole body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    /** Sleeps for a delay fault; false when the sandbox is closing meanwhile. */
    private static boolean waited(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
