package io.github.iamuser.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class WireLogFormatTest {
  private static final Request REQUEST = new Request.Builder()
      .url("https://akab-x.luna.akamaiapis.net/identity-management/v2/user-admin/common/countries?accountSwitchKey=1-ABC")
      .build();

  @Test
  void requestResponseAndFailureLines() {
    Response response = new Response.Builder().request(REQUEST).protocol(Protocol.HTTP_1_1)
        .code(404).message("Not Found").build();

    assertEquals("--> GET https://akab-x.luna.akamaiapis.net/identity-management/v2/user-admin/"
        + "common/countries?accountSwitchKey=1-ABC", WireLogFormat.requestLine(REQUEST));
    assertEquals("<-- 404 GET https://akab-x.luna.akamaiapis.net/identity-management/v2/user-admin/"
        + "common/countries?accountSwitchKey=1-ABC (42 ms)", WireLogFormat.responseLine(REQUEST, response, 42));
    assertEquals("<-- failed GET https://akab-x.luna.akamaiapis.net/identity-management/v2/user-admin/"
        + "common/countries?accountSwitchKey=1-ABC (7 ms): SocketTimeoutException: timeout",
        WireLogFormat.failureLine(REQUEST, new SocketTimeoutException("timeout"), 7));
  }

  @Test
  void secretHeadersAreRedactedWhateverTheirCase() {
    Headers headers = Headers.of("authorization", "EG1-HMAC-SHA256 client_token=akab-1;signature=abc",
        "Proxy-Authorization", "Basic dXNlcjpwYXNz", "Cookie", "a=b", "SET-COOKIE", "c=d",
        "Accept", "application/json");

    assertEquals("--> authorization: <redacted>\n--> Proxy-Authorization: <redacted>\n"
        + "--> Cookie: <redacted>\n--> SET-COOKIE: <redacted>\n--> Accept: application/json",
        WireLogFormat.headerLines("-->", headers));
  }

  @Test
  void personalDataIsMaskedAtAnyDepthAndEmptyValuesStayVisible() {
    String body = "[{\"email\":\"a@b.co\",\"secondaryEmail\":\"\",\"phone\":null,"
        + "\"nested\":{\"mobilePhone\":\"+49 30 1234567\",\"address\":{\"street\":\"1 Main\"}},"
        + "\"firstName\":\"Ann\"}]";

    assertEquals("--> body [{\"email\":\"***\",\"secondaryEmail\":\"\",\"phone\":null,"
        + "\"nested\":{\"mobilePhone\":\"***\",\"address\":\"***\"},\"firstName\":\"Ann\"}]",
        WireLogFormat.bodyLine("-->", bytes(body)));
  }

  @Test
  void nonJsonBodiesAreNeverShown() {
    assertEquals("<-- body (26 bytes, not JSON: not logged)",
        WireLogFormat.bodyLine("<--", bytes("<html>a@b.co</html>\n\n\n\n\n\n\n")));
    assertEquals("<-- body (9 bytes, not JSON: not logged)", WireLogFormat.bodyLine("<--", bytes("Forbidden")));
    assertEquals("<-- body (0 bytes, not JSON: not logged)", WireLogFormat.bodyLine("<--", new byte[0]));
  }

  @Test
  void longBodiesAreCut() {
    String body = "{\"jobTitle\":\"" + "x".repeat(5000) + "\"}";

    String line = WireLogFormat.bodyLine("-->", bytes(body));

    assertEquals("--> body ".length() + WireLogFormat.MAX_BODY_CHARS + "... [truncated]".length(), line.length());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
