package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Builder settings: defaults, a caller-supplied OkHttpClient, proxies, siblings, and refused values. */
class IamClientSettingsTest {
    private MockWebServer server;
    private EdgeGridCredential credential;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        credential = Loopback.credential(server);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void defaultTimeoutsAreTenThirtyAndSixtySeconds() {
        OkHttpClient http = IamClient.builder().credential(credential).build().http();

        assertEquals(10_000, http.connectTimeoutMillis());
        assertEquals(30_000, http.readTimeoutMillis());
        assertEquals(30_000, http.writeTimeoutMillis());
        assertEquals(60_000, http.callTimeoutMillis());
    }

    @Test
    void aCallerSuppliedClientKeepsItsPoolDispatcherProxyInterceptorsAndTimeouts() throws Exception {
        List<String> seen = new ArrayList<>();
        OkHttpClient caller = new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(7))
                .proxy(Proxy.NO_PROXY)
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request()
                            .newBuilder()
                            .header("X-Caller", "yes")
                            .build());
                })
                .build();
        server.enqueue(json("[]"));

        IamClient iam = IamClient.builder()
                .credential(credential)
                .okHttpClient(caller)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
        iam.lookups().countries();

        OkHttpClient http = iam.http();
        assertSame(caller.connectionPool(), http.connectionPool());
        assertSame(caller.dispatcher(), http.dispatcher());
        assertSame(Proxy.NO_PROXY, http.proxy());
        assertEquals(7_000, http.readTimeoutMillis(), "unset: the caller's value is kept");
        assertEquals(3_000, http.connectTimeoutMillis(), "set: the builder's value wins");
        assertEquals(0, http.callTimeoutMillis(), "unset: the caller's (none) is kept");
        RecordedRequest request = server.takeRequest();
        assertEquals("yes", request.getHeader("X-Caller"));
        new EdgeGridSignatureVerifier(credential).verify(request);
        assertEquals(List.of("/identity-management/v3/user-admin/common/countries"), seen);
        assertEquals(1, caller.interceptors().size(), "the caller's client is not modified");
    }

    @Test
    void siblingsShareTheDefaultClientsPoolAndKeepTheOtherSettings() {
        IamClient iam = IamClient.builder()
                .credential(credential)
                .accountSwitchKey("1-ABC")
                .build();

        IamClient patient = iam.withOptions(b -> b.readTimeout(Duration.ofMinutes(2)));

        assertSame(iam.http().connectionPool(), patient.http().connectionPool());
        assertEquals(120_000, patient.http().readTimeoutMillis());
        assertEquals(30_000, iam.http().readTimeoutMillis());
        assertEquals(10_000, patient.http().connectTimeoutMillis(), "still the library default");
        assertEquals(Optional.of("1-ABC"), patient.accountSwitchKey());
    }

    @Test
    void theOwnClientSetsUpTlsOnlyForAHostCalledOverHttps() {
        IamClient local = IamClient.builder().credential(credential).build();
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), local.http().connectionSpecs());
        assertThrows(IllegalStateException.class, local.http()::sslSocketFactory, "no TLS set up");

        IamClient remote = local.withOptions(b -> b.credential(Loopback.credentialFor("iam.example.test")));
        assertEquals(
                List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT),
                remote.http().connectionSpecs());
        assertTrue(remote.http().sslSocketFactory() != null);
        assertSame(local.http().connectionPool(), remote.http().connectionPool());
        OkHttpClient fromTheStart = IamClient.builder()
                .credential(Loopback.credentialFor("iam.example.test"))
                .build()
                .http();
        assertEquals(new OkHttpClient().connectionSpecs(), fromTheStart.connectionSpecs(), "OkHttp's defaults");
    }

    @Test
    void separatelyBuiltClientsDoNotShareAPool() {
        IamClient a = IamClient.builder().credential(credential).build();
        IamClient b = IamClient.builder().credential(credential).build();

        assertTrue(a.http().connectionPool() != b.http().connectionPool());
    }

    @Test
    void theProxySettingRoutesCallsThroughTheProxy() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(403));
        IamClient iam = IamClient.builder()
                .credential(Loopback.credentialFor("akab-test.luna.akamaiapis.net"))
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.getPort())))
                .retryPolicy(RetryPolicy.none())
                .build();

        ConnectionException e = assertThrows(ConnectionException.class, iam.lookups()::countries);

        assertEquals(
                "CONNECT akab-test.luna.akamaiapis.net:443 HTTP/1.1",
                server.takeRequest().getRequestLine());
        assertTrue(e.getMessage().contains("akab-test.luna.akamaiapis.net"), e.getMessage());
    }

    @Test
    void aNonLoopbackHostIsOnlyEverCalledOverHttps() {
        IamClient iam = IamClient.builder()
                .credential(Loopback.credentialFor("iam.example.test:8080"))
                .build();

        assertEquals(
                "https://iam.example.test:8080/identity-management/v3/user-admin/common/countries",
                iam.lookupsApi().listCountries(null).request().url().toString());
    }

    @Test
    void aHostWrittenWithHttpIsRefusedBeforeAnyClientExists() {
        assertThrows(
                IllegalArgumentException.class, () -> Loopback.credentialFor("http://127.0.0.1:" + server.getPort()));

        assertEquals(0, server.getRequestCount());
    }

    @Test
    void badSettingsAreRefusedByTheBuilderNamingTheSetting() {
        IllegalStateException noCredential = assertThrows(
                IllegalStateException.class, () -> IamClient.builder().build());
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> IamClient.builder().readTimeout(Duration.ofSeconds(-1)));
        IllegalArgumentException suffix = assertThrows(
                IllegalArgumentException.class, () -> IamClient.builder().userAgentSuffix("bad\r\nX-Injected: 1"));

        assertTrue(noCredential.getMessage().startsWith("credential is not set"), noCredential.getMessage());
        assertTrue(negative.getMessage().startsWith("readTimeout must be zero"), negative.getMessage());
        assertTrue(suffix.getMessage().startsWith("userAgentSuffix"), suffix.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void zeroMeansNoTimeout() {
        OkHttpClient http = IamClient.builder()
                .credential(credential)
                .callTimeout(Duration.ZERO)
                .build()
                .http();

        assertEquals(0, http.callTimeoutMillis());
    }

    @Test
    void anAddedInterceptorRunsOncePerCallBeforeRetries() {
        List<String> calls = new ArrayList<>();
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json("[]"));
        IamClient iam = IamClient.builder()
                .credential(credential)
                .sleeper(d -> {})
                .addInterceptor(chain -> {
                    calls.add(chain.request().method());
                    return chain.proceed(chain.request());
                })
                .build();

        iam.lookups().countries();

        assertEquals(List.of("GET"), calls);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anAddedInterceptorCanStopARequestBeforeItIsSent() {
        IamClient iam = IamClient.builder()
                .credential(credential)
                .addInterceptor(chain -> {
                    throw new IllegalArgumentException("refused by a check");
                })
                .build();

        assertThrows(IllegalArgumentException.class, iam.lookups()::countries);
        assertEquals(0, server.getRequestCount());
    }
}
