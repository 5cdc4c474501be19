package io.github.iamuser.testkit;

import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * An https MockWebServer on loopback that answers as {@link #HOST}, a host name under Akamai's API domain
 * that no DNS knows: reached through {@link ConnectProxy}, or directly by a client whose DNS names it.
 */
public final class TlsLoopback {
    /** The API host the credential names; only the test proxy and {@link #client()} know where it is. */
    public static final String HOST = "akab-proxy-test.luna.akamaiapis.net";

    private static final HeldCertificate CERTIFICATE =
            new HeldCertificate.Builder().addSubjectAlternativeName(HOST).build();

    private TlsLoopback() {}

    /** Serves https on 127.0.0.1 with a certificate for {@link #HOST}. */
    public static MockWebServer startServer() {
        MockWebServer server = new MockWebServer();
        server.useHttps(
                new HandshakeCertificates.Builder()
                        .heldCertificate(CERTIFICATE)
                        .build()
                        .sslSocketFactory(),
                false);
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** Loopback's test credential for {@code HOST:port}: https, as for a real account. */
    public static EdgeGridCredential credential(MockWebServer server) {
        return Loopback.credentialFor(HOST + ":" + server.getPort());
    }

    /** A client that trusts the server's certificate and whose DNS names {@link #HOST} as loopback. */
    public static OkHttpClient client() {
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(CERTIFICATE.certificate())
                .build();
        return new OkHttpClient.Builder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .dns(host -> host.equals(HOST) ? List.of(InetAddress.getLoopbackAddress()) : Dns.SYSTEM.lookup(host))
                .build();
    }

    /** Writes a PKCS12 trust store holding the server's certificate, for {@code -Djavax.net.ssl.trustStore}; password "changeit". */
    public static Path trustStore(Path dir) throws IOException {
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("iam-test", CERTIFICATE.certificate());
            store.store(out, "changeit".toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        return file;
    }
}
