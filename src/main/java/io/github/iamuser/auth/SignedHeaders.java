package io.github.iamuser.auth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;

/**
 * The request headers a credential signs, picked from a request for edgegrid-signer-core: each name
 * of the credential's {@code headersToSign} that the request carries with a non-blank value, in that
 * order (the signer itself trims the values and collapses their whitespace).
 *
 * <p>EdgeGrid signs these headers in the order of {@code headersToSign}, but edgegrid-signer-core
 * 6.0.2 signs them in the iteration order of the {@link HashMap} its {@code Request.RequestBuilder}
 * keeps them in. When a request carries two or more signed headers whose hash order differs from
 * the credential's order, the signature could not match, so that request is refused.
 */
final class SignedHeaders {
  private final List<String> names;

  SignedHeaders(List<String> headersToSign) {
    Set<String> lowerCase = new LinkedHashSet<>();
    headersToSign.forEach(name -> lowerCase.add(name.toLowerCase(Locale.ROOT)));
    this.names = List.copyOf(lowerCase);
  }

  /** The names to sign, lower case, in the credential's order. */
  List<String> names() {
    return names;
  }

  /** The signed headers {@code request} carries, name to value, in the credential's order. */
  Map<String, String> of(Request request) throws RequestNotSignedException {
    if (names.isEmpty()) {
      return Map.of();
    }
    Map<String, String> signed = new LinkedHashMap<>();
    for (String name : names) {
      List<String> values = request.headers(name);
      if (values.size() > 1) {
        throw new RequestNotSignedException("Refused to sign: header " + name + " is signed but the"
            + " request carries it " + values.size() + " times, and EdgeGrid signs one value per"
            + " header. Send it once, with the values joined by ', '.");
      }
      if (!values.isEmpty() && !values.get(0).trim().isEmpty()) {
        signed.put(name, values.get(0));
      }
    }
    if (signed.size() > 1) {
      requireSignerOrder(signed);
    }
    return signed;
  }

  private static void requireSignerOrder(Map<String, String> signed) throws RequestNotSignedException {
    List<String> credentialOrder = new ArrayList<>(signed.keySet());
    List<String> signerOrder = new ArrayList<>(signerMap(signed).keySet());
    if (!signerOrder.equals(credentialOrder)) {
      throw new RequestNotSignedException("Refused to sign: the request carries the signed headers "
          + credentialOrder + ", which EdgeGrid signs in that order (the order of headersToSign), but"
          + " edgegrid-signer-core 6.0.2 would sign them as " + signerOrder + " (the order of its hash"
          + " map), so the server would reject the signature. Send at most one of them per request, or list"
          + " them in headersToSign as " + signerOrder + " if the API accepts that order.");
    }
  }

  /**
   * The headers as edgegrid-signer-core holds them: one {@code put} at a time into a default-sized
   * {@link HashMap}, as its {@code RequestBuilder.header} does ({@code putAll} would size the table
   * differently and so iterate in another order).
   */
  private static Map<String, String> signerMap(Map<String, String> signed) {
    Map<String, String> signerMap = new HashMap<>();
    signed.forEach(signerMap::put);
    return signerMap;
  }
}
