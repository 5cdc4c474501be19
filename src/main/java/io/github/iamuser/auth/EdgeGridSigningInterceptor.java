package io.github.iamuser.auth;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.Request;
import com.akamai.edgegrid.signer.exceptions.RequestSigningException;
import java.io.IOException;
import java.net.URI;
import okhttp3.Interceptor;
import okhttp3.Response;
import okio.Buffer;

/** OkHttp network interceptor that signs every request (each retry and redirect anew) with EdgeGrid. */
public final class EdgeGridSigningInterceptor implements Interceptor {
  private final EdgeGridCredential credential;
  private final ClientCredential signerCredential;
  private final EdgeGridV1Signer signer = new EdgeGridV1Signer();

  /** Signs with the given credential. */
  public EdgeGridSigningInterceptor(EdgeGridCredential credential) {
    this.credential = credential;
    this.signerCredential = ClientCredential.builder()
        .host(credential.host())
        .clientToken(credential.clientToken())
        .clientSecret(credential.clientSecret())
        .accessToken(credential.accessToken())
        .maxBodySize(credential.maxBody())
        .build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    okhttp3.Request request = chain.request();
    byte[] body = new byte[0];
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readByteArray();
    }
    Request toSign = Request.builder()
        .method(request.method())
        .rawUri(URI.create(request.url().encodedPath()
            + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery())))
        .body(body)
        .build();
    try {
      String authorization = signer.getSignature(toSign, signerCredential);
      return chain.proceed(request.newBuilder().header("Authorization", authorization).build());
    } catch (RequestSigningException e) {
      throw new IOException("could not sign the request for " + credential.host(), e);
    }
  }
}
