package io.github.iamuser.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One request the sandbox answered, as it arrived: method, raw path and query exactly as on the
 * wire, headers (names case-insensitive; {@code Authorization} carries tokens and a signature but no
 * secret), body text, and the status answered ({@link #DROPPED} when the connection was dropped).
 */
public record RecordedRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body, int status) {
    /** The status recorded for a request whose connection a fault closed with no answer. */
    public static final int DROPPED = 0;

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        return firstValue(headers, name);
    }

    /** The first value of a header in a case-insensitive header map, or null. */
    static String firstValue(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The query parameter's raw value as sent, not decoded (first if repeated), or null. */
    public String rawQueryParameter(String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.equals(name)) {
                    return "";
                }
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return null;
    }

    /** Method, path, query and status only: the tokens in {@code Authorization} stay out of logs. */
    @Override
    public String toString() {
        return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + status;
    }
}
