package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * ClientStack: the OkHttpClient a client's settings become. A caller-supplied client keeps its pool, dispatcher,
 * proxy, interceptors and unset timeouts; siblings share the library's own client's pool, separately built
 * clients do not; TLS is set up only for a host called over https; an added interceptor runs once per call,
 * before retries, and can stop a request before it is sent.
 */
class ClientStackTest {
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
    void aCallerSuppliedClientKeepsItsPoolDispatcherProxyInterceptorsAndTimeouts() throws Exception {
        List<String> seen = new ArrayList<>();
        List<Long> timeouts = new ArrayList<>();
        List<Integer> callsOnTheCallersDispatcher = new ArrayList<>();
        OkHttpClient[] callers = new OkHttpClient[1];
        OkHttpClient caller = new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(7))
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.getPort())))
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().encodedPath());
                    callsOnTheCallersDispatcher.add(callers[0].dispatcher().runningCallsCount());
                    return chain.proceed(chain.request()
                            .newBuilder()
                            .header("X-Caller", "yes")
                            .build());
                })
                .build();
        callers[0] = caller;
        server.enqueue(json("[]"));
        EdgeGridCredential elsewhere = Loopback.credentialFor("127.0.0.1:" + Loopback.closedPort());

        IamClient iam = IamClient.builder()
                .credential(elsewhere)
                .okHttpClient(caller)
                .connectTimeout(Duration.ofSeconds(3))
                .addInterceptor(IamClientBuilderTest.timeoutsSeen(timeouts))
                .build();
        iam.lookups().countries();

        assertEquals(List.of(1), callsOnTheCallersDispatcher, "the call runs on the caller's dispatcher");
        assertEquals(1, caller.connectionPool().connectionCount(), "its connection is pooled in the caller's pool");
        assertEquals(
                List.of(3_000L, 7_000L, 10_000L, 0L),
                timeouts,
                "connect set: the builder's wins; read, write (OkHttp's default) and call (none) unset: the caller's");
        RecordedRequest request = server.takeRequest();
        assertTrue(request.getRequestLine().startsWith("GET http://127.0.0.1:"), "through the caller's proxy");
        assertEquals("yes", request.getHeader("X-Caller"));
        new EdgeGridSignatureVerifier(elsewhere).verify(request);
        assertEquals(List.of("/identity-management/v3/user-admin/common/countries"), seen);
        assertEquals(1, caller.interceptors().size(), "the caller's client is not modified");
        caller.connectionPool().evictAll();
    }

    @Test
    void siblingsShareTheDefaultClientsPoolAndKeepTheOtherSettings() throws Exception {
        List<Long> timeouts = new ArrayList<>();
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        IamClient iam = IamClient.builder()
                .credential(credential)
                .accountSwitchKey("1-ABC")
                .addInterceptor(IamClientBuilderTest.timeoutsSeen(timeouts))
                .build();

        IamClient patient = iam.withOptions(b -> b.readTimeout(Duration.ofMinutes(2)));
        iam.lookups().countries();
        patient.lookups().countries();

        assertEquals(0, server.takeRequest().getSequenceNumber());
        assertEquals(1, server.takeRequest().getSequenceNumber(), "the sibling reuses the pooled connection");
        assertEquals(List.of(10_000L, 30_000L, 30_000L, 60_000L), timeouts.subList(0, 4), "the original's");
        assertEquals(120_000L, timeouts.get(5), "the sibling's read timeout");
        assertEquals(10_000L, timeouts.get(4), "still the library default");
        assertEquals(Optional.of("1-ABC"), patient.accountSwitchKey());
        assertTrue(iam.http().connectionPool() == patient.http().connectionPool(), "one pool");
        assertTrue(iam.http().dispatcher() == patient.http().dispatcher(), "one dispatcher");
    }

    @Test
    void theOwnClientSetsUpTlsOnlyForAHostCalledOverHttps() throws Exception {
        OkHttpClient local = ClientStack.defaultClient(credential);
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), local.connectionSpecs());
        assertThrows(IllegalStateException.class, local::sslSocketFactory, "no TLS set up");
        OkHttpClient fromTheStart = ClientStack.defaultClient(Loopback.credentialFor("iam.example.test"));
        assertEquals(new OkHttpClient().connectionSpecs(), fromTheStart.connectionSpecs(), "OkHttp's defaults");

        server.enqueue(json("[]"));
        server.enqueue(new MockResponse().setResponseCode(403));
        IamClient loopback = IamClient.builder()
                .credential(credential)
                .retryPolicy(RetryPolicy.none())
                .build();
        loopback.lookups().countries();
        IamClient remote = loopback.withOptions(b -> b.credential(Loopback.credentialFor("iam.example.test"))
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.getPort()))));
        assertThrows(ConnectionException.class, remote.lookups()::countries);

        server.takeRequest();
        assertEquals(
                "CONNECT iam.example.test:443 HTTP/1.1",
                server.takeRequest().getRequestLine(),
                "the loopback client's sibling for an https host sets TLS up: it tunnels to port 443");
        assertTrue(loopback.http().connectionPool() == remote.http().connectionPool(), "and shares the pool");
    }

    @Test
    void separatelyBuiltClientsDoNotShareAPool() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        IamClient a = IamClient.builder().credential(credential).build();
        IamClient b = IamClient.builder().credential(credential).build();

        a.lookups().countries();
        b.lookups().countries();

        assertEquals(0, server.takeRequest().getSequenceNumber());
        assertEquals(0, server.takeRequest().getSequenceNumber(), "b opens a connection of its own");
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
