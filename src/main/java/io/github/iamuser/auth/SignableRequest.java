package io.github.iamuser.auth;

import com.akamai.edgegrid.signer.Request;
import java.io.IOException;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Translates an OkHttp request into edgegrid-signer-core's {@link Request}, so that what the library
 * signs is exactly what goes on the wire: the method as sent, the encoded path and query byte for byte
 * (see {@link WireTargetUri}), the signed headers in the credential's order (see {@link SignedHeaders})
 * and, for a POST, the body, which the library hashes up to max_body.
 */
final class SignableRequest {
  private SignableRequest() {
  }

  /**
   * The library's view of {@code request}.
   *
   * @throws RequestNotSignedException when the request cannot be signed exactly as it will be sent
   */
  static Request of(okhttp3.Request request, SignedHeaders signedHeaders) throws IOException {
    return Request.builder()
        .method(method(request))
        .rawUri(WireTargetUri.of(request.url()))
        .headers(signedHeaders.of(request))
        .body(postBody(request))
        .build();
  }

  /** The method, which the library signs upper-cased: refused unless that is how it is sent. */
  private static String method(okhttp3.Request request) throws RequestNotSignedException {
    String method = request.method();
    String signed = method.toUpperCase();
    if (!signed.equals(method)) {
      throw new RequestNotSignedException("Refused to sign a " + method + " request to "
          + request.url().encodedPath() + ": edgegrid-signer-core signs the method upper-cased, as "
          + signed + ", so the signature would not match the method sent. Use " + signed + ".");
    }
    return method;
  }

  /** The bytes of a POST body (EdgeGrid hashes no other); null for other methods and no body. */
  private static byte[] postBody(okhttp3.Request request) throws IOException {
    RequestBody body = request.body();
    if (body == null || !"POST".equals(request.method())) {
      return null;
    }
    if (body.isOneShot()) {
      throw new RequestNotSignedException("Refused to sign a POST to " + request.url().encodedPath()
          + ": its body can be read only once, but EdgeGrid hashes the body before it is sent. Use a"
          + " body that can be written more than once, such as one from RequestBody.create(...).");
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteArray();
  }
}
