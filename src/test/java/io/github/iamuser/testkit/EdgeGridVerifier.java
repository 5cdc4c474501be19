package io.github.iamuser.testkit;

import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An EdgeGrid (EG1-HMAC-SHA256) verifier written from the published algorithm, independent of the
 * signing library: it recomputes the signature of a request as the server received it.
 */
public final class EdgeGridVerifier {
  private static final String SCHEME = "EG1-HMAC-SHA256 ";

  private final EdgeGridCredential credential;

  public EdgeGridVerifier(EdgeGridCredential credential) {
    this.credential = credential;
  }

  /** The Authorization header's fields (client_token, access_token, timestamp, nonce, signature). */
  public static Map<String, String> fields(RecordedRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(SCHEME)) {
      throw new AssertionError("no EdgeGrid Authorization header on " + request.getRequestLine());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : header.substring(SCHEME.length()).split(";")) {
      int eq = part.indexOf('=');
      fields.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return fields;
  }

  /** True when the signature matches the request line exactly as received (path and query). */
  public boolean verifies(RecordedRequest request) {
    String header = request.getHeader("Authorization");
    Map<String, String> f = fields(request);
    String authPrefix = header.substring(0, header.indexOf("signature="));
    byte[] body = request.getBody().clone().readByteArray();
    String contentHash = request.getMethod().equals("POST") && body.length > 0
        ? base64(sha256(Arrays.copyOf(body, Math.min(body.length, credential.maxBody()))))
        : "";
    String data = String.join("\t", request.getMethod(), "https",
        credential.host().toLowerCase(Locale.ROOT), request.getPath(), "", contentHash, authPrefix);
    String key = base64(hmac(credential.clientSecret(), f.get("timestamp")));
    return f.get("client_token").equals(credential.clientToken())
        && f.get("access_token").equals(credential.accessToken())
        && base64(hmac(key, data)).equals(f.get("signature"));
  }

  private static byte[] hmac(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
