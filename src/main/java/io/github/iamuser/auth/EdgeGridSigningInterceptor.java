package io.github.iamuser.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp network interceptor that adds an EdgeGrid {@code Authorization} header to every request,
 * signing exactly the method, encoded path and query, and body that go on the wire.
 *
 * <p>Install it with {@code addNetworkInterceptor} so each retry and redirect is signed anew with a
 * fresh timestamp and nonce. It throws {@link RequestNotSignedException} (an {@link IOException}),
 * before anything is sent, for a request over plain http to a host that is not a loopback address
 * with a port, for a request to any host other than the credential's (such as after a redirect), for
 * a signed header sent twice, and for a POST body that can be read only once.
 */
public final class EdgeGridSigningInterceptor implements Interceptor {
  private final CredentialOrigin origin;
  private final SignedHeaders signedHeaders;
  private final int maxBody;
  private final EdgeGridSigner signer;

  /** Signs with {@code credential}, the system clock and random UUID nonces. */
  public EdgeGridSigningInterceptor(EdgeGridCredential credential) {
    this(credential, Clock.systemUTC(), () -> UUID.randomUUID().toString());
  }

  /** Signs with {@code credential}, taking timestamps from {@code clock} and nonces from {@code nonces}. */
  EdgeGridSigningInterceptor(EdgeGridCredential credential, Clock clock, Supplier<String> nonces) {
    this.origin = new CredentialOrigin(credential);
    this.signedHeaders = new SignedHeaders(credential.headersToSign());
    this.maxBody = credential.maxBody();
    this.signer = new EdgeGridSigner(credential, clock, nonces);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    origin.check(url);
    String target = url.encodedQuery() == null
        ? url.encodedPath()
        : url.encodedPath() + '?' + url.encodedQuery();
    String authorization = signer.authorization(request.method(), target,
        signedHeaders.canonical(request), contentHash(request));
    return chain.proceed(request.newBuilder().header("Authorization", authorization).build());
  }

  /** Base64 SHA-256 of the first max_body bytes of a POST body; "" for other methods and empty bodies. */
  private String contentHash(Request request) throws IOException {
    RequestBody body = request.body();
    if (body == null || !"POST".equals(request.method())) {
      return "";
    }
    if (body.isOneShot()) {
      throw new RequestNotSignedException("Refused to sign a POST to " + request.url().encodedPath()
          + ": its body can be read only once, but EdgeGrid hashes the body before it is sent. Use a"
          + " body that can be written more than once, such as one from RequestBody.create(...).");
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    if (buffer.size() == 0) {
      return "";
    }
    return buffer.snapshot((int) Math.min(buffer.size(), maxBody)).sha256().base64();
  }
}
