package io.github.iamuser.auth;

import okhttp3.HttpUrl;

/**
 * The only place a credential's signed requests may go: its own host and port, over https, or over
 * plain http when the host is a loopback address with a port.
 */
final class CredentialOrigin {
  private static final int HTTPS_PORT = 443;

  private final EdgeGridCredential credential;
  private final String hostName;
  private final int port;

  CredentialOrigin(EdgeGridCredential credential) {
    this.credential = credential;
    String host = credential.host();
    int colon = host.lastIndexOf(':');
    boolean hasPort = colon > host.lastIndexOf(']');
    String name = hasPort ? host.substring(0, colon) : host;
    this.hostName = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
    this.port = hasPort ? Integer.parseInt(host.substring(colon + 1)) : HTTPS_PORT;
  }

  /** Throws when {@code url} goes over plain http to a host that is not loopback, or to another host. */
  void check(HttpUrl url) throws RequestNotSignedException {
    if (!url.isHttps() && !credential.isLoopback()) {
      throw new RequestNotSignedException("Refused to sign a request to " + origin(url)
          + ": EdgeGrid credentials go over plain http only to a loopback host with a port"
          + " (such as 127.0.0.1:8080). Use https, as in " + credential.baseUrl() + ".");
    }
    if (url.port() != port || !url.host().equals(hostName)) {
      throw new RequestNotSignedException("Refused to sign a request to " + origin(url)
          + ": the credential is for host " + credential.host() + " and its tokens go to no other"
          + " host (was the request redirected?). Send requests to " + credential.baseUrl() + ".");
    }
  }

  private static String origin(HttpUrl url) {
    String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
    return url.scheme() + "://" + host + ":" + url.port();
  }
}
