package io.github.iamuser;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * The proxy an https request goes through, as Akamai's Go tools choose it: {@code HTTPS_PROXY} (else
 * {@code https_proxy}) names it, {@code NO_PROXY} (else {@code no_proxy}) the hosts that go direct; a
 * JVM property {@code https.proxyHost} wins over both, and without either the JVM's own selector
 * decides. A {@code USER:PASSWORD@} in the proxy's URL answers its 407 with {@code Proxy-Authorization},
 * sent to that proxy only.
 */
final class EnvironmentProxy extends ProxySelector implements Authenticator {
    private static final String FORMAT = "give http://[USER:PASSWORD@]HOST:PORT, e.g. http://proxy.example.com:3128";

    private final String variable;
    private final Proxy proxy;
    private final String user;
    private final String password;
    private final String noProxyVariable;
    private final NoProxy noProxy;

    private EnvironmentProxy(
            String variable, Proxy proxy, String user, String password, String noProxyVariable, NoProxy noProxy) {
        this.variable = variable;
        this.proxy = proxy;
        this.user = user;
        this.password = password;
        this.noProxyVariable = noProxyVariable;
        this.noProxy = noProxy;
    }

    /** The proxy {@code env} names; a value that is no http proxy URL is refused, naming the variable. */
    static EnvironmentProxy of(Map<String, String> env) {
        String variable = firstSet(env, "HTTPS_PROXY", "https_proxy");
        String noProxyVariable = firstSet(env, "NO_PROXY", "no_proxy");
        NoProxy noProxy = NoProxy.parse(noProxyVariable == null ? null : env.get(noProxyVariable));
        if (variable == null) {
            return new EnvironmentProxy(null, null, null, null, noProxyVariable, noProxy);
        }
        String value = env.get(variable).strip();
        String url = value.contains("://") ? value : "http://" + value; // Go reads a bare HOST:PORT so too
        String scheme = url.substring(0, url.indexOf("://")).toLowerCase(Locale.ROOT);
        HttpUrl parsed = HttpUrl.parse(url);
        if (!scheme.equals("http") || parsed == null || parsed.host().isEmpty()) {
            throw new IllegalArgumentException(variable + "=" + masked(value) + " is not a proxy this client can use: "
                    + (scheme.equals("http")
                            ? FORMAT + "."
                            : "it reaches a proxy over plain HTTP (https goes through it in a CONNECT tunnel): "
                                    + FORMAT + ", or unset " + variable + "."));
        }
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(parsed.host(), parsed.port()));
        return new EnvironmentProxy(
                variable,
                proxy,
                parsed.username().isEmpty() ? null : parsed.username(),
                parsed.password(),
                noProxyVariable,
                noProxy);
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (proxy == null || !"https".equalsIgnoreCase(uri.getScheme()) || jvmProxySet()) {
            ProxySelector jvm = ProxySelector.getDefault();
            return jvm == null ? List.of(Proxy.NO_PROXY) : jvm.select(uri);
        }
        return noProxy.bypasses(uri.getHost(), uri.getPort() == -1 ? 443 : uri.getPort())
                ? List.of(Proxy.NO_PROXY)
                : List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // no other proxy to try: the failure is reported to the caller
    }

    /** Answers this proxy's 407 with the URL's credentials; any other 407 fails, saying what to do. */
    @Override
    public Request authenticate(Route route, Response response) throws IOException {
        boolean preemptive = "OkHttp-Preemptive".equals(response.header("Proxy-Authenticate"));
        boolean ours = route != null && route.proxy().equals(proxy);
        if (ours && user != null && response.request().header("Proxy-Authorization") == null) {
            return response.request()
                    .newBuilder()
                    .header("Proxy-Authorization", Credentials.basic(user, password, StandardCharsets.UTF_8))
                    .build();
        }
        if (preemptive) {
            return null; // OkHttp asks before a CONNECT: no credentials to offer up front
        }
        String where = route == null ? "the proxy" : "the proxy " + address(route.proxy());
        throw new ProxyAuthenticationException(
                where + " asks for credentials (" + response.code() + " " + response.message() + ") "
                        + (!ours || user == null
                                ? "and none are configured for it: give them in HTTPS_PROXY as"
                                        + " http://USER:PASSWORD@HOST:PORT"
                                        + (jvmProxySet() ? ", with https.proxyHost unset" : "")
                                : "and refused those of user " + user + " from " + variable
                                        + ": check the user and password (percent-encode @ : / % in them)")
                        + ".");
    }

    /** Where a request to {@code url} goes and why, for logs: never the proxy's password. */
    String describe(String url) {
        URI uri = URI.create(url);
        Proxy chosen = select(uri).get(0);
        String route = chosen.type() == Proxy.Type.DIRECT ? "go direct" : "go through the proxy " + address(chosen);
        String why;
        if (proxy == null || !"https".equalsIgnoreCase(uri.getScheme())) {
            why = "no HTTPS_PROXY or https_proxy: as the JVM's proxy settings say";
        } else if (jvmProxySet()) {
            why = "the JVM's https.proxyHost and http.nonProxyHosts, which win over " + variable;
        } else if (chosen.type() == Proxy.Type.DIRECT) {
            why = NoProxy.parse(null).bypasses(uri.getHost(), 0)
                    ? "a loopback address is never proxied"
                    : noProxyVariable + " lists it";
        } else {
            why = variable + (user == null ? ", no credentials" : ", as user " + user);
        }
        return "requests to " + uri.getHost() + " " + route + " (" + why + ")";
    }

    /** True when the JVM's {@code https.proxyHost} is set: then the JVM's proxy selector decides, as it reads it. */
    private static boolean jvmProxySet() {
        String host = System.getProperty("https.proxyHost");
        return host != null && !host.isBlank();
    }

    /** A proxy as logs and messages name it: {@code HOST:PORT}. */
    static String address(Proxy proxy) {
        return proxy.address() instanceof InetSocketAddress a ? a.getHostString() + ":" + a.getPort() : "" + proxy;
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** {@code value} with whatever stands before an {@code @} (user and password) shown as {@code ****}. */
    private static String masked(String value) {
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return value;
        }
        int start = value.indexOf("://");
        return (start < 0 || start > at ? "" : value.substring(0, start + 3)) + "****" + value.substring(at);
    }
}
