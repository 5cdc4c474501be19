package io.github.iamuser.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * Builds the {@link URI} that makes edgegrid-signer-core sign exactly the path and query OkHttp sends.
 *
 * <p>Given a URI through {@code Request.RequestBuilder.rawUri}, edgegrid-signer-core 6.0.2 signs
 * {@code getRawPath()}, then {@code '?'} and the DECODED {@code getQuery()} when there is a query. The
 * path is therefore handed over raw, and the query with '%' and every character outside RFC 3986's
 * query characters percent-encoded once more, so that decoding it gives back the wire query byte for
 * byte ({@code a%26b} travels as {@code a%2526b} and is signed as {@code a%26b}). The URI carries a
 * placeholder authority, which the library ignores, so that a path starting with {@code //} stays a
 * path. A path that {@link URI} refuses cannot be handed over as sent and is refused instead.
 */
final class WireTargetUri {
  private static final String AUTHORITY = "https://edgegrid";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] QUERY_CHARACTERS = queryCharacters();

  private WireTargetUri() {
  }

  /**
   * The URI whose raw path and decoded query are {@code url}'s encoded path and query.
   *
   * @throws RequestNotSignedException when the path holds a character {@link URI} refuses in a path,
   *     which OkHttp sends as given ('[', ']', or a '%' that does not start a %XX escape)
   */
  static URI of(HttpUrl url) throws RequestNotSignedException {
    String path = url.encodedPath();
    String query = url.encodedQuery();
    try {
      return new URI(query == null ? AUTHORITY + path : AUTHORITY + path + '?' + encodeOnceMore(query));
    } catch (URISyntaxException e) {
      // The authority is valid and the query holds only query characters and escapes: what URI
      // refuses is in the path, and is ASCII (URI takes any other character as is).
      char refused = path.charAt(e.getIndex() - AUTHORITY.length());
      throw new RequestNotSignedException("Refused to sign a request to " + path + ": its path holds '"
          + refused + "' as is, and edgegrid-signer-core 6.0.2 cannot sign that exactly as sent because"
          + " java.net.URI refuses it in a path (" + e.getReason() + "). Percent-encode it in the path ('"
          + refused + "' as " + String.format("%%%02X", (int) refused) + "), for example with"
          + " HttpUrl.Builder.addEncodedPathSegment.");
    }
  }

  /** {@code query} with '%' and every character that is not a query character as %XX of its UTF-8 bytes. */
  private static String encodeOnceMore(String query) {
    int plain = 0;
    while (plain < query.length() && isQueryCharacter(query.charAt(plain))) {
      plain++;
    }
    if (plain == query.length()) {
      return query;
    }
    StringBuilder encoded = new StringBuilder(query.length() + 16).append(query, 0, plain);
    for (byte b : query.substring(plain).getBytes(StandardCharsets.UTF_8)) {
      if (isQueryCharacter((char) b)) {
        encoded.append((char) b);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static boolean isQueryCharacter(char c) {
    return c < QUERY_CHARACTERS.length && QUERY_CHARACTERS[c];
  }

  /** RFC 3986 query characters except '%': unreserved, sub-delims, ':', '@', '/' and '?'. */
  private static boolean[] queryCharacters() {
    boolean[] allowed = new boolean[128];
    String others = "-._~!$&'()*+,;=:@/?";
    for (char c = 0; c < allowed.length; c++) {
      allowed[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || others.indexOf(c) >= 0;
    }
    return allowed;
  }
}
