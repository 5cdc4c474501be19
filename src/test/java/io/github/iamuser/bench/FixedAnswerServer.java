package io.github.iamuser.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A JDK HTTP server on 127.0.0.1 that answers every request with the same 200 JSON, doing no other
 * work (optionally after a fixed delay, standing in for a real API's latency), so that a round-trip
 * benchmark measures the client; it keeps the last request it received.
 *
 * <p>Handlers run on the server's dispatcher thread (no executor), the cheapest path for one
 * caller. Nagle's algorithm is off when the JVM runs with {@code -Dsun.net.httpserver.nodelay=true},
 * as the {@code exec:exec@jmh} execution in {@code pom.xml} sets.
 */
final class FixedAnswerServer implements AutoCloseable {
    /** What the server received last: method, path and query as sent, Authorization header, body. */
    record Received(String method, String target, String authorization, byte[] body) {}

    private final HttpServer server;
    private final long delayNanos;
    private volatile Received last;

    FixedAnswerServer(byte[] answer) {
        this(answer, Duration.ZERO);
    }

    /** A server that waits {@code delay} before each answer. */
    FixedAnswerServer(byte[] answer, Duration delay) {
        this.delayNanos = delay.toNanos();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
        server.createContext("/", exchange -> answer(exchange, answer));
        server.start();
    }

    /** {@code 127.0.0.1:PORT}, the host a credential for this server names. */
    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last request received, or null before the first. */
    Received last() {
        return last;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, byte[] answer) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            last = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body);
            if (delayNanos > 0) {
                LockSupport.parkNanos(delayNanos);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } finally {
            exchange.close();
        }
    }
}
