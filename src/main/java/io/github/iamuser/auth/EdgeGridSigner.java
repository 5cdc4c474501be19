package io.github.iamuser.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes EG1-HMAC-SHA256 {@code Authorization} values over exactly the method, request target,
 * canonical headers and content hash it is given.
 *
 * <p>It does the work of edgegrid-signer-core's {@code EdgeGridV1Signer} without its request model:
 * that signer only takes the path and query through {@link java.net.URI}, which re-encodes or
 * decodes them (so {@code %2F} or {@code %26} would be signed differently from what is sent) and
 * rejects characters OkHttp sends unescaped (a '[' in a path, a '{' or '|' in a query);
 * it also orders signed headers by hash order and builds a date format and two {@link Mac}s per
 * call. Here the signing key is derived once per second and each thread reuses one {@link Mac}.
 */
final class EdgeGridSigner {
  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss'+0000'").withZone(ZoneOffset.UTC);
  private static final ThreadLocal<ThreadMac> MACS = ThreadLocal.withInitial(ThreadMac::new);

  private final String host;
  private final SecretKeySpec clientSecret;
  private final String authDataStart;
  private final Clock clock;
  private final Supplier<String> nonces;
  private volatile SigningKey currentKey;

  EdgeGridSigner(EdgeGridCredential credential, Clock clock, Supplier<String> nonces) {
    this.host = credential.host();
    this.clientSecret = new SecretKeySpec(
        credential.clientSecret().getBytes(StandardCharsets.UTF_8), HMAC_SHA256);
    this.authDataStart = "EG1-HMAC-SHA256 client_token=" + credential.clientToken()
        + ";access_token=" + credential.accessToken() + ";timestamp=";
    this.clock = clock;
    this.nonces = nonces;
  }

  /**
   * The whole {@code Authorization} header value for one request, with a fresh timestamp and nonce.
   *
   * @param method the request method as sent
   * @param target the encoded path and {@code ?query} as sent
   * @param canonicalHeaders the signed headers, already canonical, joined by tabs ("" for none)
   * @param contentHash the base64 body hash, or "" when the body is not hashed
   */
  String authorization(String method, String target, String canonicalHeaders, String contentHash) {
    SigningKey key = keyFor(Math.floorDiv(clock.millis(), 1000L));
    String authData = authDataStart + key.timestamp() + ";nonce=" + nonces.get() + ';';
    String dataToSign = method + "\thttps\t" + host + '\t' + target + '\t' + canonicalHeaders
        + '\t' + contentHash + '\t' + authData;
    return authData + "signature=" + hmacBase64(key.key(), dataToSign);
  }

  private SigningKey keyFor(long second) {
    SigningKey key = currentKey;
    if (key == null || key.second() != second) {
      String timestamp = TIMESTAMP.format(Instant.ofEpochSecond(second));
      String derived = hmacBase64(clientSecret, timestamp);
      key = new SigningKey(second, timestamp,
          new SecretKeySpec(derived.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
      currentKey = key;
    }
    return key;
  }

  private static String hmacBase64(SecretKeySpec key, String data) {
    return Base64.getEncoder().encodeToString(MACS.get().hmac(key, data));
  }

  /** The signing key of one second: base64 HMAC of the timestamp under the client secret. */
  private record SigningKey(long second, String timestamp, SecretKeySpec key) {
  }

  /** One thread's HMAC-SHA256 instance, re-keyed only when the key changes. */
  private static final class ThreadMac {
    private final Mac mac;
    private SecretKeySpec key;

    ThreadMac() {
      try {
        mac = Mac.getInstance(HMAC_SHA256);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("this JVM has no " + HMAC_SHA256
            + ", which every Java SE platform must provide", e);
      }
    }

    byte[] hmac(SecretKeySpec newKey, String data) {
      try {
        if (newKey != key) {
          mac.init(newKey);
          key = newKey;
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(HMAC_SHA256 + " refused a key it always accepts", e);
      }
    }
  }
}
