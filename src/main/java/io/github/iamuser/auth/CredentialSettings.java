package io.github.iamuser.auth;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The settings a credential source holds (named by their {@code .edgerc} keys), and their conversion
 * into a checked {@link EdgeGridCredential} with errors that say which source and key are at fault.
 */
final class CredentialSettings {
  static final String HOST = "host";
  static final String CLIENT_TOKEN = "client_token";
  static final String CLIENT_SECRET = "client_secret";
  static final String ACCESS_TOKEN = "access_token";
  static final String MAX_BODY = "max_body";
  static final String ACCOUNT_KEY = "account_key";
  /** The keys every source must give. */
  static final List<String> REQUIRED = List.of(HOST, CLIENT_TOKEN, CLIENT_SECRET, ACCESS_TOKEN);
  /** Every key a source may give. */
  static final List<String> ALL =
      List.of(HOST, CLIENT_TOKEN, CLIENT_SECRET, ACCESS_TOKEN, MAX_BODY, ACCOUNT_KEY);

  private static final String WHERE_TO_FIND = "Copy host, client_token, client_secret and"
      + " access_token from the API client's credentials in Akamai Control Center (Identity and"
      + " Access Management > API clients).";

  private CredentialSettings() {
  }

  /**
   * Checks {@code values} and builds the credential.
   *
   * @param values the settings by key; a key that was not given is absent
   * @param source where the values come from, for messages (a file and section, or the environment)
   * @param spelling how the source spells a key ({@code client_secret} or {@code AKAMAI_CLIENT_SECRET})
   */
  static EdgeGridCredential toCredential(
      Map<String, String> values, String source, UnaryOperator<String> spelling) {
    List<String> missing = REQUIRED.stream()
        .filter(key -> values.get(key) == null || values.get(key).isBlank())
        .map(spelling)
        .toList();
    if (!missing.isEmpty()) {
      throw new CredentialException(source + ": " + String.join(", ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing or empty. " + WHERE_TO_FIND);
    }
    EdgeGridCredential.Builder builder = EdgeGridCredential.builder()
        .host(values.get(HOST))
        .clientToken(values.get(CLIENT_TOKEN))
        .clientSecret(values.get(CLIENT_SECRET))
        .accessToken(values.get(ACCESS_TOKEN));
    if (values.containsKey(MAX_BODY)) {
      builder.maxBody(maxBody(values.get(MAX_BODY), source + ", " + spelling.apply(MAX_BODY)));
    }
    String accountKey = values.get(ACCOUNT_KEY);
    if (accountKey != null && !accountKey.isBlank()) {
      try {
        builder.accountSwitchKey(AccountSwitchKeys.require(accountKey.trim()));
      } catch (IllegalArgumentException e) {
        throw new CredentialException(source + ", " + spelling.apply(ACCOUNT_KEY) + ": " + e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // Every other value is checked above: what the builder still rejects is the host's form.
      throw new CredentialException(source + ", " + spelling.apply(HOST) + ": " + e.getMessage());
    }
  }

  private static int maxBody(String value, String where) {
    int bytes;
    try {
      bytes = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      bytes = 0;
    }
    if (bytes <= 0) {
      throw new CredentialException(where + " must be a positive whole number of bytes, such as "
          + EdgeGridCredential.DEFAULT_MAX_BODY + " (got '" + value.trim() + "'); leave it out to use "
          + EdgeGridCredential.DEFAULT_MAX_BODY + ".");
    }
    return bytes;
  }
}
