package io.github.iamuser.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the sandbox received it: the raw path and query exactly as on the wire, the headers
 * (names case-insensitive), the body, and the query parameters decoded (first value of each).
 */
record SandboxRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Map<String, String> query,
        String clientIp,
        String serverIp) {

    /** Reads everything but the body from the exchange. */
    static SandboxRequest of(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new SandboxRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                rawQuery,
                Collections.unmodifiableMap(headers),
                body,
                parseQuery(rawQuery),
                address(exchange.getRemoteAddress()),
                address(exchange.getLocalAddress()));
    }

    /** The first value of a header, or null. */
    String header(String name) {
        return RecordedRequest.firstValue(headers, name);
    }

    /** The path and query exactly as received, as EdgeGrid signs them. */
    String rawTarget() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The body as UTF-8 text. */
    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
                query.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1), true));
            }
        }
        return Collections.unmodifiableMap(query);
    }

    /**
     * Percent-decodes a query component ({@code plusIsSpace}) or a path segment, where {@code +} stays a
     * plus; a malformed escape is kept as it is.
     */
    static String decode(String component, boolean plusIsSpace) {
        try {
            return URLDecoder.decode(plusIsSpace ? component : component.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return component;
        }
    }

    private static String address(InetSocketAddress address) {
        return address.getAddress().getHostAddress();
    }
}
