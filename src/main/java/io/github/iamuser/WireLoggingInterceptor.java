package io.github.iamuser;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import io.github.iamuser.internal.Redaction;
import io.github.iamuser.internal.StrictJson;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * OkHttp network interceptor that logs each request as sent and each answer at DEBUG (method, URL
 * with query, status, elapsed time), headers at TRACE with {@code Authorization} and cookies
 * redacted, and bodies only when enabled, as JSON with personal data masked; labelled credentials a
 * server echoes ({@link Redaction}) are hidden in both. Install it after the
 * signing interceptor to log exactly what goes on the wire.
 */
final class WireLoggingInterceptor implements Interceptor {
    private static final Set<String> REDACTED_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    static final int MAX_BODY_CHARS = 4096;
    private static final long MAX_LOGGED_BODY_BYTES = 64 * 1024;

    private final Logger log;
    private final boolean logBodies;

    /** Logs to the given logger, normally the one named {@code LibraryInfo.WIRE_LOGGER}. */
    public WireLoggingInterceptor(Logger log, boolean logBodies) {
        this.log = Objects.requireNonNull(log, "log");
        this.logBodies = logBodies;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        String call = request.method() + " " + request.url();
        Connection connection = chain.connection();
        Proxy proxy = connection == null ? Proxy.NO_PROXY : connection.route().proxy();
        log.debug("--> " + call
                + (proxy.type() == Proxy.Type.DIRECT
                        ? ""
                        : " (through proxy " + EnvironmentProxy.address(proxy) + ")"));
        if (log.isTraceEnabled()) {
            log.trace(headerLines("-->", request.headers()));
        }
        if (logBodies && request.body() != null && !request.body().isOneShot()) {
            Buffer body = new Buffer();
            request.body().writeTo(body);
            log.debug(bodyLine("-->", body.readByteArray()));
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            log.debug("<-- failed " + call + " (" + millisSince(start) + " ms): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            throw e;
        }
        log.debug("<-- " + response.code() + " " + call + " (" + millisSince(start) + " ms)");
        if (log.isTraceEnabled()) {
            log.trace(headerLines("<--", response.headers()));
        }
        if (logBodies) {
            log.debug(bodyLine("<--", response.peekBody(MAX_LOGGED_BODY_BYTES).bytes()));
        }
        return response;
    }

    /** The headers, one {@code name: value} per line, secrets replaced by {@code <redacted>}. */
    static String headerLines(String arrow, Headers headers) {
        return IntStream.range(0, headers.size())
                .mapToObj(i -> arrow + " " + headers.name(i) + ": "
                        + (REDACTED_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))
                                ? Redaction.MARK
                                : Redaction.hide(headers.value(i))))
                .collect(Collectors.joining("\n"));
    }

    /** A body line: JSON with personal data masked, cut at {@link #MAX_BODY_CHARS}; else its size. */
    static String bodyLine(String arrow, byte[] body) {
        try {
            // Strict (RFC 8259), so that text such as an HTML page is never taken for JSON; written with nulls kept.
            JsonElement json = StrictJson.parse(new String(body, StandardCharsets.UTF_8));
            String masked = Redaction.hide(Redaction.masked(json).toString());
            return arrow + " body "
                    + (masked.length() <= MAX_BODY_CHARS
                            ? masked
                            : masked.substring(0, MAX_BODY_CHARS) + "... [truncated]");
        } catch (JsonParseException notJson) {
            return arrow + " body (" + body.length + " bytes, not JSON: not logged)";
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
