package io.github.iamuser.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * The canonical form of the request headers a credential signs: {@code name:value} for each name in
 * the credential's {@code headersToSign} order that the request carries, the name lower-cased and the
 * value trimmed with runs of whitespace collapsed to one space, joined by tabs.
 */
final class SignedHeaders {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<String> names;

  SignedHeaders(List<String> headersToSign) {
    Set<String> lowerCase = new LinkedHashSet<>();
    headersToSign.forEach(name -> lowerCase.add(name.toLowerCase(Locale.ROOT)));
    this.names = List.copyOf(lowerCase);
  }

  /** The canonical signed headers of {@code request}; "" when none is named or present. */
  String canonical(Request request) throws RequestNotSignedException {
    if (names.isEmpty()) {
      return "";
    }
    StringJoiner canonical = new StringJoiner("\t");
    for (String name : names) {
      List<String> values = request.headers(name);
      if (values.size() > 1) {
        throw new RequestNotSignedException("Refused to sign: header " + name + " is signed but the"
            + " request carries it " + values.size() + " times, and EdgeGrid signs one value per"
            + " header. Send it once, with the values joined by ', '.");
      }
      String value = values.isEmpty() ? "" : WHITESPACE.matcher(values.get(0).trim()).replaceAll(" ");
      if (!value.isEmpty()) {
        canonical.add(name + ':' + value);
      }
    }
    return canonical.toString();
  }
}
