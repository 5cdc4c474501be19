package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.CapturingLogger;
import io.github.iamuser.testkit.ConnectProxy;
import io.github.iamuser.testkit.TlsLoopback;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Proxies: an https call for a host under Akamai's API domain goes through a real CONNECT proxy on loopback
 * when HTTPS_PROXY names it, with the URL's credentials sent to that proxy only; NO_PROXY and the JVM's
 * https.proxyHost are honoured; a refused password is named by its user, never shown.
 */
class EnvironmentProxyTest {
    private static final String ALICE = Credentials.basic("alice", "s3cret p@ss", StandardCharsets.UTF_8);

    private MockWebServer server;
    private ConnectProxy proxy;

    @BeforeEach
    void start() throws Exception {
        server = TlsLoopback.startServer();
        proxy = ConnectProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), ALICE);
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("https.proxyHost");
        System.clearProperty("https.proxyPort");
        proxy.close();
        server.shutdown();
    }

    private IamClientBuilder builder(Map<String, String> env) {
        return IamClient.builder()
                .credential(TlsLoopback.credential(server))
                .apiVersion(ApiVersion.V3)
                .okHttpClient(TlsLoopback.client())
                .retryPolicy(RetryPolicy.none())
                .proxyFromEnvironment(env);
    }

    @Test
    void httpsProxyCarriesEverySignedCallThroughItsTunnelWithTheUrlsCredentialsForTheProxyOnly() throws Exception {
        server.enqueue(json("[\"USA\"]"));
        CapturingLogger log = new CapturingLogger(Level.DEBUG);

        List<String> countries = builder(
                        Map.of("HTTPS_PROXY", "http://alice:s3cret%20p%40ss@127.0.0.1:" + proxy.port()))
                .wireLogger(log)
                .build()
                .lookups()
                .countries();

        assertEquals(List.of("USA"), countries);
        assertEquals(1, proxy.heads().size(), proxy.heads().toString());
        String connect = proxy.heads().get(0);
        assertTrue(connect.startsWith("CONNECT " + TlsLoopback.HOST + ":" + server.getPort() + " "), connect);
        assertEquals(ALICE, ConnectProxy.header(connect, "Proxy-Authorization"), "sent with the CONNECT, at once");
        RecordedRequest got = server.takeRequest();
        assertNotNull(got.getHandshake(), "TLS through the tunnel");
        assertNull(got.getHeader("Proxy-Authorization"), "the proxy's credentials never reach the API");
        assertTrue(got.getHeader("Authorization").startsWith("EG1-HMAC-SHA256 "), "signed");
        String logged = log.text();
        assertTrue(
                logged.contains("requests to " + TlsLoopback.HOST + " go through the proxy 127.0.0.1:" + proxy.port()
                        + " (HTTPS_PROXY, as user alice)"),
                logged);
        assertTrue(logged.contains("(through proxy 127.0.0.1:" + proxy.port() + ")"), logged);
        assertFalse(logged.contains("s3cret"), logged);
    }

    @Test
    void lowerCaseHttpsProxyIsReadTooAndUpperCaseWinsOverIt() throws Exception {
        server.enqueue(json("[\"USA\"]"));
        server.enqueue(json("[\"USA\"]"));
        String url = "http://alice:s3cret%20p%40ss@127.0.0.1:" + proxy.port();

        builder(Map.of("https_proxy", url)).build().lookups().countries();
        builder(Map.of("HTTPS_PROXY", url, "https_proxy", "http://127.0.0.1:1"))
                .build()
                .lookups()
                .countries();

        assertEquals(2, proxy.tunnels());
    }

    @Test
    void noProxyListingTheApiDomainGoesDirect() throws Exception {
        server.enqueue(json("[\"USA\"]"));
        CapturingLogger log = new CapturingLogger(Level.DEBUG);

        builder(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port(), "no_proxy", "example.com, .akamaiapis.net"))
                .wireLogger(log)
                .build()
                .lookups()
                .countries();

        assertEquals(List.of(), proxy.heads());
        assertEquals(1, server.getRequestCount());
        assertTrue(
                log.text().contains("requests to " + TlsLoopback.HOST + " go direct (no_proxy lists it)"), log.text());
    }

    @Test
    void aRefusedPasswordFailsAtOnceNamingTheUserNeverThePassword() {
        ConnectionException e = assertThrows(
                ConnectionException.class,
                () -> builder(Map.of("HTTPS_PROXY", "http://alice:wrong-pw@127.0.0.1:" + proxy.port()))
                        .retryPolicy(RetryPolicy.defaults())
                        .build()
                        .lookups()
                        .countries());

        assertTrue(
                e.getMessage()
                        .contains("the proxy 127.0.0.1:" + proxy.port() + " asks for credentials (407 Proxy"
                                + " Authentication Required) and refused those of user alice from HTTPS_PROXY"),
                e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pw"), e.getMessage());
        assertEquals(1, proxy.heads().size(), "tried once, never retried: " + proxy.heads());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aProxyAskingForCredentialsWhenNoneAreGivenSaysWhereToPutThem() {
        ConnectionException e = assertThrows(
                ConnectionException.class,
                () -> builder(Map.of("HTTPS_PROXY", "127.0.0.1:" + proxy.port()))
                        .build()
                        .lookups()
                        .countries());

        assertTrue(
                e.getMessage()
                        .contains("and none are configured for it: give them in HTTPS_PROXY as"
                                + " http://USER:PASSWORD@HOST:PORT"),
                e.getMessage());
    }

    @Test
    void theJvmsHttpsProxyHostWinsAndGetsNoneOfTheEnvironmentsCredentials() throws Exception {
        server.enqueue(json("[\"USA\"]"));
        try (ConnectProxy open =
                ConnectProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), null)) {
            System.setProperty("https.proxyHost", "127.0.0.1");
            System.setProperty("https.proxyPort", Integer.toString(open.port()));

            builder(Map.of("HTTPS_PROXY", "http://alice:s3cret@127.0.0.1:" + proxy.port()))
                    .build()
                    .lookups()
                    .countries();

            assertEquals(List.of(), proxy.heads(), "the environment's proxy is not used");
            assertEquals(1, open.tunnels());
            assertNull(ConnectProxy.header(open.heads().get(0), "Proxy-Authorization"), "alice's password stays home");
        }
    }

    @Test
    void aProxyThatIsNoHttpUrlIsRefusedNamingTheVariableButNotThePassword() {
        IllegalArgumentException socks = assertThrows(
                IllegalArgumentException.class,
                () -> IamClient.builder().proxyFromEnvironment(Map.of("HTTPS_PROXY", "socks5://bob:pw9@proxy:1080")));
        IllegalArgumentException broken = assertThrows(
                IllegalArgumentException.class,
                () -> IamClient.builder().proxyFromEnvironment(Map.of("https_proxy", "http://bob:pw9@")));

        assertTrue(
                socks.getMessage()
                        .startsWith("HTTPS_PROXY=socks5://****@proxy:1080 is not a proxy this client can use:"
                                + " it reaches a proxy over plain HTTP"),
                socks.getMessage());
        assertTrue(
                broken.getMessage()
                        .startsWith("https_proxy=http://****@ is not a proxy this client can use: give"
                                + " http://[USER:PASSWORD@]HOST:PORT"),
                broken.getMessage());
        assertFalse(socks.getMessage().contains("pw9") || broken.getMessage().contains("pw9"));
    }
}
