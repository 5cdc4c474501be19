package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Loopback;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Builder settings: default timeouts, the version, the proxy, https only, and refused values. */
class IamClientBuilderTest {
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
        List<Long> timeouts = new ArrayList<>();
        server.enqueue(json("[]"));

        IamClient.builder()
                .credential(credential)
                .addInterceptor(timeoutsSeen(timeouts))
                .build()
                .lookups()
                .countries();

        assertEquals(List.of(10_000L, 30_000L, 30_000L, 60_000L), timeouts, "connect, read, write, call");
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
        List<Long> timeouts = new ArrayList<>();
        server.enqueue(json("[]"));

        IamClient.builder()
                .credential(credential)
                .callTimeout(Duration.ZERO)
                .addInterceptor(timeoutsSeen(timeouts))
                .build()
                .lookups()
                .countries();

        assertEquals(0L, timeouts.get(3));
    }

    /** An interceptor that records the connect, read, write and call timeouts (ms) each call runs with. */
    static Interceptor timeoutsSeen(List<Long> timeouts) {
        return chain -> {
            timeouts.add((long) chain.connectTimeoutMillis());
            timeouts.add((long) chain.readTimeoutMillis());
            timeouts.add((long) chain.writeTimeoutMillis());
            timeouts.add(chain.call().timeout().timeoutNanos() / 1_000_000);
            return chain.proceed(chain.request());
        };
    }

    @Test
    void theVersionIsChosenOnceOnTheBuilderAndV3IsTheDefault() {
        IamClient iam = IamClient.builder().credential(credential).build();
        assertEquals(ApiVersion.V3, iam.apiVersion(), "the default");
        assertEquals(ApiVersion.V3, iam.withAccountSwitchKey("1-5C0YLB").apiVersion());
        assertTrue(iam.toString().startsWith("IamClient{IAM v3, host=127.0.0.1:"), iam.toString());
        IamClient v2 = IamClient.builder()
                .credential(credential)
                .apiVersion(ApiVersion.V2)
                .build();
        assertEquals(ApiVersion.V2, v2.apiVersion());
        assertEquals(
                ApiVersion.V2,
                v2.withOptions(b -> b.readTimeout(Duration.ofSeconds(5))).apiVersion());
    }
}
