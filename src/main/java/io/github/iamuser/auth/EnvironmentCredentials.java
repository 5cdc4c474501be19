package io.github.iamuser.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an EdgeGrid credential from environment variables: {@code AKAMAI_HOST},
 * {@code AKAMAI_CLIENT_TOKEN}, {@code AKAMAI_CLIENT_SECRET}, {@code AKAMAI_ACCESS_TOKEN}, optional
 * {@code AKAMAI_MAX_BODY} and {@code AKAMAI_ACCOUNT_KEY} for section {@code default}, and
 * {@code AKAMAI_<SECTION>_HOST} and so on for any other section.
 */
public final class EnvironmentCredentials {
  private EnvironmentCredentials() {
  }

  /**
   * The credential for {@code section} in {@code environment}: empty when none of its host and token
   * variables is set (an empty value counts as not set), a {@link CredentialException} naming the
   * variable when some are set but one is missing or invalid.
   */
  public static Optional<EdgeGridCredential> find(Map<String, String> environment, String section) {
    Map<String, String> values = new HashMap<>();
    for (String key : CredentialSettings.ALL) {
      String value = environment.get(variable(section, key));
      if (value != null && !value.isBlank()) {
        values.put(key, value);
      }
    }
    if (CredentialSettings.REQUIRED.stream().noneMatch(values::containsKey)) {
      return Optional.empty();
    }
    return Optional.of(CredentialSettings.toCredential(values,
        "The environment variables for section [" + section + "]", key -> variable(section, key)));
  }

  /**
   * The variable that holds {@code key} (an {@code .edgerc} key such as {@code client_secret}) for
   * {@code section}: {@code AKAMAI_CLIENT_SECRET} for {@code default}, else
   * {@code AKAMAI_<SECTION>_CLIENT_SECRET} with the section upper-cased and every character other
   * than a letter or digit turned into {@code _}.
   */
  public static String variable(String section, String key) {
    String prefix = CredentialResolver.DEFAULT_SECTION.equals(section)
        ? "AKAMAI_"
        : "AKAMAI_" + section.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
    return prefix + key.toUpperCase(Locale.ROOT);
  }
}
