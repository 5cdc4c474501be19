package io.github.iamuser.auth;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.exceptions.RequestSigningException;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp network interceptor that adds an EdgeGrid {@code Authorization} header to every request,
 * computed by edgegrid-signer-core's {@link EdgeGridV1Signer} over exactly the method, encoded path
 * and query, signed headers and body that go on the wire.
 *
 * <p>Install it with {@code addNetworkInterceptor} so each retry and redirect is signed anew with a
 * fresh timestamp and nonce. It throws {@link RequestNotSignedException} (an {@link IOException}),
 * before anything is sent, for a request over plain http to a host that is not a loopback address
 * with a port, for a request to any host other than the credential's (such as after a redirect), for
 * a signed header sent twice, for a POST body that can be read only once, and for the few requests
 * the library cannot sign exactly as sent: a method not in upper case, a path holding '[', ']' or a
 * '%' that starts no %XX escape, and two or more signed headers that the library would sign out of
 * the credential's order.
 */
public final class EdgeGridSigningInterceptor implements Interceptor {
  private final CredentialOrigin origin;
  private final SignedHeaders signedHeaders;
  private final ClientCredential signerCredential;
  private final EdgeGridV1Signer signer;

  /** Signs with {@code credential}, the system clock and random UUID nonces (see {@link Nonces}). */
  public EdgeGridSigningInterceptor(EdgeGridCredential credential) {
    this(credential, Clock.systemUTC(), Nonces::next);
  }

  /** Signs with {@code credential}, taking timestamps from {@code clock} and nonces from {@code nonces}. */
  EdgeGridSigningInterceptor(EdgeGridCredential credential, Clock clock, Supplier<String> nonces) {
    this.origin = new CredentialOrigin(credential);
    this.signedHeaders = new SignedHeaders(credential.headersToSign());
    this.signerCredential = ClientCredential.builder()
        .host(credential.host())
        .clientToken(credential.clientToken())
        .clientSecret(credential.clientSecret())
        .accessToken(credential.accessToken())
        .maxBodySize(credential.maxBody())
        .headersToSign(new LinkedHashSet<>(signedHeaders.names()))
        .build();
    this.signer = new ClockedEdgeGridSigner(clock, nonces);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    origin.check(request.url());
    String authorization;
    try {
      authorization = signer.getSignature(SignableRequest.of(request, signedHeaders), signerCredential);
    } catch (RequestSigningException e) {
      throw new IllegalStateException("edgegrid-signer-core could not sign: " + e.getMessage() + " Every"
          + " Java SE platform provides HmacSHA256 and SHA-256; check the JVM's security providers.", e);
    }
    return chain.proceed(request.newBuilder().header("Authorization", authorization).build());
  }
}
