package io.github.iamuser.auth;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Akamai EdgeGrid API client credential (one {@code .edgerc} section); immutable, and its
 * {@code toString()} never shows the secret or the tokens.
 */
public final class EdgeGridCredential {
  /** The {@code max_body} Akamai's tools use when none is given. */
  public static final int DEFAULT_MAX_BODY = 131072;

  private static final Pattern LOOPBACK_WITH_PORT =
      Pattern.compile("^(localhost|127(\\.\\d{1,3}){3}|\\[::1]):\\d{1,5}$");
  private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.\\-]+(:\\d{1,5})?$|^\\[::1]:\\d{1,5}$");

  private final String host;
  private final String clientToken;
  private final String clientSecret;
  private final String accessToken;
  private final int maxBody;
  private final List<String> headersToSign;
  private final String accountSwitchKey;

  private EdgeGridCredential(Builder b) {
    this.host = requireHost(b.host);
    this.clientToken = requireText("client_token", b.clientToken);
    this.clientSecret = requireText("client_secret", b.clientSecret);
    this.accessToken = requireText("access_token", b.accessToken);
    if (b.maxBody <= 0) {
      throw new IllegalArgumentException("max_body must be a positive number of bytes (got "
          + b.maxBody + "); leave it out to use " + DEFAULT_MAX_BODY + ".");
    }
    this.maxBody = b.maxBody;
    this.headersToSign = List.copyOf(b.headersToSign);
    this.accountSwitchKey = b.accountSwitchKey == null || b.accountSwitchKey.isBlank()
        ? null
        : AccountSwitchKeys.require(b.accountSwitchKey.trim());
  }

  /** Starts a credential; every value but max_body, headers to sign and account key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The EdgeGrid host name, without scheme or trailing slash, e.g. {@code akab-xxx.luna.akamaiapis.net}. */
  public String host() {
    return host;
  }

  /** The client token (not secret on its own, but not printed either). */
  public String clientToken() {
    return clientToken;
  }

  /** The client secret: never log it. */
  public String clientSecret() {
    return clientSecret;
  }

  /** The access token. */
  public String accessToken() {
    return accessToken;
  }

  /** How many bytes of a POST body are hashed into the signature. */
  public int maxBody() {
    return maxBody;
  }

  /** Request headers, by name, that are part of the signature (usually none). */
  public List<String> headersToSign() {
    return headersToSign;
  }

  /** The account switch key from {@code account_key}, or null when calls run in the client's own account. */
  public String accountSwitchKey() {
    return accountSwitchKey;
  }

  /** True when the host is a loopback address with a port, the only case where plain http is used. */
  public boolean isLoopback() {
    return LOOPBACK_WITH_PORT.matcher(host).matches();
  }

  /** The base URL calls go to: https, or http for a loopback host with a port; ends in {@code /}. */
  public String baseUrl() {
    return (isLoopback() ? "http://" : "https://") + host + "/";
  }

  /** A copy of this credential with another account switch key (null for none). */
  public EdgeGridCredential withAccountSwitchKey(String key) {
    return toBuilder().accountSwitchKey(key).build();
  }

  /** A builder holding this credential's values. */
  public Builder toBuilder() {
    return builder().host(host).clientToken(clientToken).clientSecret(clientSecret)
        .accessToken(accessToken).maxBody(maxBody).headersToSign(headersToSign)
        .accountSwitchKey(accountSwitchKey);
  }

  @Override
  public String toString() {
    return "EdgeGridCredential{host=" + host
        + ", clientToken=" + mask(clientToken)
        + ", accessToken=" + mask(accessToken)
        + ", clientSecret=***"
        + ", maxBody=" + maxBody
        + ", headersToSign=" + headersToSign
        + (accountSwitchKey == null ? "" : ", accountSwitchKey=" + accountSwitchKey) + "}";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EdgeGridCredential)) {
      return false;
    }
    EdgeGridCredential c = (EdgeGridCredential) o;
    return host.equals(c.host) && clientToken.equals(c.clientToken)
        && clientSecret.equals(c.clientSecret) && accessToken.equals(c.accessToken)
        && maxBody == c.maxBody && headersToSign.equals(c.headersToSign)
        && Objects.equals(accountSwitchKey, c.accountSwitchKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, clientToken, accessToken, maxBody);
  }

  /** Shows only the first four characters of a token, enough to tell two credentials apart. */
  static String mask(String token) {
    return token.length() <= 8 ? "***" : token.substring(0, 4) + "***";
  }

  private static String requireText(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is missing or empty: copy it from the API client's"
          + " credentials in Akamai Control Center (Identity and Access Management > API clients).");
    }
    return value.trim();
  }

  private static String requireHost(String value) {
    String h = requireText("host", value);
    if (h.contains("://")) {
      throw new IllegalArgumentException("host must be a bare host name without a scheme (got '" + h
          + "'): write it like akab-xxxx.luna.akamaiapis.net.");
    }
    if (h.endsWith("/")) {
      throw new IllegalArgumentException("host must not end with '/' (got '" + h
          + "'): write it like akab-xxxx.luna.akamaiapis.net.");
    }
    if (!HOST.matcher(h).matches()) {
      throw new IllegalArgumentException("host '" + h + "' is not a host name: write it like"
          + " akab-xxxx.luna.akamaiapis.net (no path, no spaces).");
    }
    return h.toLowerCase(java.util.Locale.ROOT);
  }

  /** Builds an {@link EdgeGridCredential}; the setters take the values of an {@code .edgerc} section. */
  public static final class Builder {
    private String host;
    private String clientToken;
    private String clientSecret;
    private String accessToken;
    private int maxBody = DEFAULT_MAX_BODY;
    private List<String> headersToSign = List.of();
    private String accountSwitchKey;

    private Builder() {
    }

    /** The {@code host} value: a bare host name (a loopback {@code 127.0.0.1:PORT} selects plain http). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The {@code client_token} value. */
    public Builder clientToken(String clientToken) {
      this.clientToken = clientToken;
      return this;
    }

    /** The {@code client_secret} value. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** The {@code access_token} value. */
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    /** The {@code max_body} value, in bytes (default 131072). */
    public Builder maxBody(int maxBody) {
      this.maxBody = maxBody;
      return this;
    }

    /** Names of request headers to include in the signature (default none). */
    public Builder headersToSign(List<String> headersToSign) {
      this.headersToSign = List.copyOf(headersToSign);
      return this;
    }

    /** The {@code account_key} value: the account switch key calls use by default, or null. */
    public Builder accountSwitchKey(String accountSwitchKey) {
      this.accountSwitchKey = accountSwitchKey;
      return this;
    }

    /** Checks every value and builds the credential; a bad value is an IllegalArgumentException naming it. */
    public EdgeGridCredential build() {
      return new EdgeGridCredential(this);
    }
  }
}
