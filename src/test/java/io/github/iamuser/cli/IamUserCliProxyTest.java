package io.github.iamuser.cli;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.testkit.ConnectProxy;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TlsLoopback;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line behind a corporate proxy, as a process of its own reading its real environment: an
 * https API host reached through a CONNECT proxy on loopback named by HTTPS_PROXY, with the URL's
 * credentials; NO_PROXY sends it direct; --verbose says which proxy, never its password. The JVM trusts
 * the test server's certificate and resolves the API host from a hosts file, so nothing leaves loopback.
 */
class IamUserCliProxyTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private ConnectProxy proxy;
    private List<String> jvm;

    @BeforeEach
    void start() throws Exception {
        server = TlsLoopback.startServer();
        proxy = ConnectProxy.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()),
                Credentials.basic("alice", "s3cret:pw", StandardCharsets.UTF_8));
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 " + TlsLoopback.HOST + "\n");
        Files.writeString(
                dir.resolve(".edgerc"),
                "[default]\nhost = " + TlsLoopback.HOST + ":" + server.getPort() + "\nclient_token = "
                        + Loopback.CLIENT_TOKEN + "\nclient_secret = " + Loopback.CLIENT_SECRET + "\naccess_token = "
                        + Loopback.ACCESS_TOKEN + "\n");
        jvm = List.of(
                "-Djavax.net.ssl.trustStore=" + TlsLoopback.trustStore(dir),
                "-Djavax.net.ssl.trustStorePassword=changeit",
                "-Djdk.net.hosts.file=" + hosts);
        server.enqueue(json("[\"Canada\",\"USA\"]"));
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        server.shutdown();
    }

    private CliProcess run(Map<String, String> env) throws Exception {
        CliProcess cli = CliProcess.start(
                dir,
                env,
                jvm,
                "lookups",
                "countries",
                "-e",
                dir.resolve(".edgerc").toString(),
                "--api-version",
                "3",
                "--verbose");
        cli.exitCode();
        return cli;
    }

    @Test
    void httpsProxyWithCredentialsCarriesTheCallAndVerboseNamesItButNotThePassword() throws Exception {
        CliProcess cli = run(Map.of("HTTPS_PROXY", "http://alice:s3cret%3Apw@127.0.0.1:" + proxy.port()));

        assertEquals(0, cli.exitCode(), cli.toString());
        assertEquals("Canada\nUSA\n", cli.out());
        assertEquals(1, proxy.tunnels(), proxy.heads().toString());
        assertTrue(
                cli.err()
                        .contains("requests to " + TlsLoopback.HOST + " go through the proxy 127.0.0.1:" + proxy.port()
                                + " (HTTPS_PROXY, as user alice)"),
                cli.err());
        assertFalse(cli.err().contains("s3cret"), cli.err());
    }

    @Test
    void noProxyListingTheHostSendsTheCallDirect() throws Exception {
        CliProcess cli = run(Map.of(
                "HTTPS_PROXY",
                "http://alice:s3cret%3Apw@127.0.0.1:" + proxy.port(),
                "NO_PROXY",
                "luna.akamaiapis.net"));

        assertEquals(0, cli.exitCode(), cli.toString());
        assertEquals(List.of(), proxy.heads());
        assertEquals(1, server.getRequestCount());
        assertTrue(cli.err().contains("go direct (NO_PROXY lists it)"), cli.err());
    }
}
