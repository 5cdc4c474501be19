package io.github.iamuser.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;

/** The text of each log line {@link WireLoggingInterceptor} writes; pure functions, no I/O. */
final class WireLogFormat {
  /** Headers whose values are never logged. */
  static final Set<String> REDACTED_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  static final String REDACTED = "<redacted>";
  /** The longest body logged, in characters. */
  static final int MAX_BODY_CHARS = 4096;

  private WireLogFormat() {
  }

  /** {@code --> PUT https://host/path?query}. */
  static String requestLine(Request request) {
    return "--> " + request.method() + " " + request.url();
  }

  /** {@code <-- 200 PUT https://host/path?query (12 ms)}. */
  static String responseLine(Request request, Response response, long elapsedMillis) {
    return "<-- " + response.code() + " " + request.method() + " " + request.url() + " ("
        + elapsedMillis + " ms)";
  }

  /** {@code <-- failed PUT https://host/path?query (12 ms): SocketTimeoutException: timeout}. */
  static String failureLine(Request request, IOException failure, long elapsedMillis) {
    return "<-- failed " + request.method() + " " + request.url() + " (" + elapsedMillis + " ms): "
        + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
  }

  /** The headers, one {@code name: value} per line, secrets replaced by {@code <redacted>}. */
  static String headerLines(String arrow, Headers headers) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : headers.value(i);
      lines.append(lines.length() == 0 ? "" : "\n").append(arrow).append(' ').append(name)
          .append(": ").append(value);
    }
    return lines.toString();
  }

  /**
   * A body line: JSON with personal data masked and cut at {@link #MAX_BODY_CHARS}; any other body
   * is not shown, only its size.
   */
  static String bodyLine(String arrow, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return PersonalDataMask.mask(text)
        .map(json -> arrow + " body " + (json.length() <= MAX_BODY_CHARS
            ? json
            : json.substring(0, MAX_BODY_CHARS) + "... [truncated]"))
        .orElse(arrow + " body (" + body.length + " bytes, not JSON: not logged)");
  }
}
