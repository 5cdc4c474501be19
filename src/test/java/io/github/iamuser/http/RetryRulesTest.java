package io.github.iamuser.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryRulesTest {
  @ParameterizedTest(name = "{0} {1} rateLimited={2} -> {3}")
  @CsvSource({
      "GET, 500, false, true", "GET, 502, false, true", "GET, 503, false, true",
      "GET, 504, false, true", "GET, 501, false, false", "GET, 400, false, false",
      "GET, 404, false, false", "GET, 429, true, true", "GET, 400, true, true",
      "PUT, 500, false, false", "PUT, 502, false, true", "PUT, 503, false, true",
      "PUT, 504, false, true", "PUT, 400, false, false", "PUT, 409, false, false",
      "PUT, 429, true, true",
      "POST, 503, false, false", "POST, 500, false, false", "POST, 429, true, true",
      "PATCH, 503, false, false", "DELETE, 503, false, true"})
  void statuses(String method, int status, boolean rateLimited, boolean retried) {
    assertEquals(retried, RetryRules.retriesStatus(method, status, rateLimited));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "GET, refused, true", "GET, readTimeout, true", "GET, reset, true", "GET, certificate, false",
      "PUT, refused, true", "PUT, readTimeout, true", "PUT, reset, true",
      "POST, refused, true", "POST, unknownHost, true", "POST, connectTimeout, true",
      "POST, readTimeout, false", "POST, reset, false"})
  void failures(String method, String kind, boolean retried) {
    assertEquals(retried, RetryRules.retriesFailure(method, failure(kind)));
  }

  private static IOException failure(String kind) {
    return switch (kind) {
      case "refused" -> new ConnectException("Connection refused");
      case "unknownHost" -> new UnknownHostException("akab-x.luna.akamaiapis.net");
      case "connectTimeout" -> new SocketTimeoutException("connect timed out");
      case "readTimeout" -> new SocketTimeoutException("timeout");
      case "reset" -> new IOException("unexpected end of stream");
      case "certificate" -> new SSLPeerUnverifiedException("Hostname not verified");
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
