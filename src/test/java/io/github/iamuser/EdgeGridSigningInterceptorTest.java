package io.github.iamuser;

import static io.github.iamuser.testkit.TestCredentials.assertNoSecrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import io.github.iamuser.testkit.TestCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests signed by the interceptor, sent to a real server, verified from what the server received. */
class EdgeGridSigningInterceptorTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void signsAPlainGet() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();

        RecordedRequest received =
                send(credential, get(credential, "/identity-management/v2/user-admin/ui-identities/A-B-1234"));

        assertEquals("/identity-management/v2/user-admin/ui-identities/A-B-1234", received.getPath());
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    /** Targets whose reserved and non-ASCII characters the signer of edgegrid-signer-core 6.0.2 mangles. */
    static Stream<String> targetsWithReservedCharacters() {
        return Stream.of(
                "/users/a%2Fb/basic-info",
                "/users/x?q=a%26b&accountSwitchKey=1-5C0YLB",
                "/users/a+b?q=a+b",
                "/users/a%20b?q=a%20b",
                "/users?filter={x}|y&q=%7Bz%7D%7C",
                "/users?k=v=w&empty=&flag",
                "/users/%C3%BC/%E6%97%A5%E6%9C%AC?name=%C3%BC&city=%E6%97%A5%E6%9C%AC",
                "/users/%5Bx%5D/a:b@c!$'()*,;?q=[y]&r=a/b?c",
                "//users//x?q=%zz&r=100%&s=%",
                "/users/100%25?q=%2525&r=%252F",
                "/users/x?");
    }

    @ParameterizedTest
    @MethodSource("targetsWithReservedCharacters")
    void signsTheEncodedTargetExactlyAsSent(String target) throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();

        RecordedRequest received = send(credential, get(credential, target));

        assertEquals(target, received.getRequestLine().split(" ")[1], "OkHttp sent the target as given");
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @Test
    void signsAPathWithBracketsPercentEncoded() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        HttpUrl url = HttpUrl.get(credential.baseUrl())
                .newBuilder()
                .addEncodedPathSegment("%5Bx%5D")
                .addEncodedQueryParameter("q", "[y]")
                .build();

        RecordedRequest received =
                send(credential, new Request.Builder().url(url).build());

        assertEquals("/%5Bx%5D?q=[y]", received.getRequestLine().split(" ")[1]);
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @Test
    void signsNonAsciiAndReservedValuesGivenUnencoded() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        HttpUrl url = HttpUrl.get(credential.baseUrl())
                .newBuilder()
                .addPathSegment("ü/日本 a+b&c=d")
                .addQueryParameter("name", "ü 日本 a&b=c+d/e?f")
                .addEncodedQueryParameter("raw", "{x}|y")
                .build();

        RecordedRequest received =
                send(credential, new Request.Builder().url(url).build());

        assertEquals(
                "/%C3%BC%2F%E6%97%A5%E6%9C%AC%20a+b&c=d"
                        + "?name=%C3%BC%20%E6%97%A5%E6%9C%AC%20a%26b%3Dc%2Bd%2Fe%3Ff&raw={x}|y",
                received.getRequestLine().split(" ")[1]);
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @Test
    void signsNamedHeadersInTheCredentialsOrderWithWhitespaceCollapsed() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server)
                .headersToSign(List.of("X-Second", "x-first", "X-Absent"))
                .build();
        Request request = get(credential, "/users")
                .newBuilder()
                .header("X-First", "one   two\tthree")
                .header("X-Second", "  2  ")
                .header("X-Unsigned", "anything")
                .build();

        RecordedRequest received = send(credential, request);

        new EdgeGridSignatureVerifier(credential).verify(received);
        EdgeGridCredential otherOrder = credential.toBuilder()
                .headersToSign(List.of("X-First", "X-Second"))
                .build();
        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(otherOrder).verify(received),
                "the order of headersToSign is part of the signature");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64})
    void hashesAPostBodyUpToMaxBody(int length) throws Exception {
        EdgeGridCredential credential =
                TestCredentials.forServer(server).maxBody(64).build();

        RecordedRequest received = send(credential, post(credential, "x".repeat(length)));

        assertEquals(length, received.getBodySize());
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @Test
    void hashesOnlyTheFirstMaxBodyBytesOfALongerPostBody() throws Exception {
        EdgeGridCredential credential =
                TestCredentials.forServer(server).maxBody(64).build();

        RecordedRequest received = send(credential, post(credential, "{\"a\":\"" + "y".repeat(500) + "\"}"));

        new EdgeGridSignatureVerifier(credential).verify(received);
        EdgeGridCredential wholeBody = credential.toBuilder().maxBody(100_000).build();
        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(wholeBody).verify(received),
                "a hash of the whole body would be a different signature");
    }

    @Test
    void signsAnEmptyPostBodyWithAnEmptyContentHash() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();

        RecordedRequest received = send(credential, post(credential, ""));

        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void doesNotHashBodiesOfOtherMethods(String method) throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        Request request = get(credential, "/users/A-B-1234/basic-info")
                .newBuilder()
                .method(method, RequestBody.create("{\"firstName\":\"Ada\"}", JSON))
                .build();

        RecordedRequest received = send(credential, request);

        assertEquals(method, received.getMethod());
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    @Test
    void givesEveryRequestItsOwnNonce() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);

        String first =
                verifier.verify(send(credential, get(credential, "/users"))).nonce();
        String second =
                verifier.verify(send(credential, get(credential, "/users"))).nonce();

        assertNotEquals(first, second);
        assertEquals(first, UUID.fromString(first).toString());
    }

    @Test
    void signsConcurrentRequestsEachCorrectly() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        OkHttpClient client = signingClient(credential);
        int requests = 40;
        List<Future<Integer>> codes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < requests; i++) {
                server.enqueue(new MockResponse());
                Request request = get(credential, "/users/" + i + "?n=" + i);
                codes.add(threads.submit(() -> {
                    try (Response response = client.newCall(request).execute()) {
                        return response.code();
                    }
                }));
            }
            for (Future<Integer> code : codes) {
                assertEquals(200, code.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            nonces.add(verifier.verify(take()).nonce());
        }
        assertEquals(requests, nonces.size());
    }

    @Test
    void takesTimestampAndNonceFromTheInjectedClockAndSupplier() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        MutableClock clock = new MutableClock(Instant.parse("2024-02-29T23:59:59.999Z"));
        String[] nonces = {"nonce-1", "nonce-2"};
        int[] next = {0};
        OkHttpClient client = new OkHttpClient.Builder()
                .addNetworkInterceptor(new EdgeGridSigningInterceptor(credential, clock, () -> nonces[next[0]++]))
                .build();
        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);

        EdgeGridSignatureVerifier.Authorization first = verifier.verify(send(client, get(credential, "/a")));
        clock.now = Instant.parse("2024-03-01T00:00:00Z");
        EdgeGridSignatureVerifier.Authorization second = verifier.verify(send(client, get(credential, "/a")));

        assertEquals("20240229T23:59:59+0000", first.timestamp());
        assertEquals("nonce-1", first.nonce());
        assertEquals("20240301T00:00:00+0000", second.timestamp());
        assertEquals("nonce-2", second.nonce());
    }

    @Test
    void signsARedirectAnewForItsNewTarget() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/moved?q=a%26b"));
        server.enqueue(new MockResponse());
        OkHttpClient client = signingClient(credential);

        try (Response response = client.newCall(get(credential, "/original")).execute()) {
            assertEquals(200, response.code());
        }

        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);
        RecordedRequest original = take();
        RecordedRequest redirected = take();
        assertEquals("/moved?q=a%26b", redirected.getPath());
        assertNotEquals(
                verifier.verify(original).nonce(), verifier.verify(redirected).nonce());
    }

    @Test
    void refusesToSignARedirectToAnotherHost() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse()
                    .setResponseCode(302)
                    .setHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/steal"));

            RequestNotSignedException refused = assertThrows(
                    RequestNotSignedException.class,
                    () -> signingClient(credential)
                            .newCall(get(credential, "/original"))
                            .execute()
                            .close());

            assertTrue(refused.getMessage().contains("127.0.0.1:" + elsewhere.getPort()), refused.getMessage());
            assertTrue(refused.getMessage().contains("redirected"), refused.getMessage());
            assertNoSecrets(refused.getMessage());
            assertEquals(0, elsewhere.getRequestCount());
            new EdgeGridSignatureVerifier(credential).verify(take());
        }
    }

    @Test
    void aRedirectToAnotherHostIsNotSignedNotRetriedAndSaysWhatToChange() throws Exception {
        IamClient iam = TestClients.against(server, ApiVersion.V3);
        MockWebServer elsewhere = Loopback.startServer();
        String target = "http://127.0.0.1:" + elsewhere.getPort();
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", target + "/elsewhere"));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> iam.lookups().countries());

        assertEquals(1, server.getRequestCount(), "no retry of a request that cannot be signed");
        assertEquals(0, elsewhere.getRequestCount(), "the credential went nowhere else");
        assertTrue(e.getMessage().startsWith("Refused to sign a request to " + target), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was sent."), e.getMessage());
        elsewhere.shutdown();
    }

    @Test
    void refusesPlainHttpToAHostThatIsNotLoopback() {
        EdgeGridCredential credential =
                TestCredentials.forHost("api.example.test:" + server.getPort()).build();
        OkHttpClient client = signingClient(credential)
                .newBuilder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .build();
        Request request = new Request.Builder()
                .url("http://api.example.test:" + server.getPort() + "/users")
                .build();

        RequestNotSignedException refused = assertThrows(
                RequestNotSignedException.class,
                () -> client.newCall(request).execute().close());

        assertTrue(refused.getMessage().contains("plain http"), refused.getMessage());
        assertTrue(
                refused.getMessage().contains("https://api.example.test:" + server.getPort() + "/"),
                refused.getMessage());
        assertNoSecrets(refused.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void acceptsLocalhostWithAPortOverPlainHttp() throws Exception {
        EdgeGridCredential credential =
                TestCredentials.forHost("localhost:" + server.getPort()).build();
        OkHttpClient client = signingClient(credential)
                .newBuilder()
                .dns(host -> List.of(InetAddress.getByName("127.0.0.1")))
                .build();

        RecordedRequest received = send(client, get(credential, "/users"));

        assertEquals("localhost:" + server.getPort(), received.getHeader("Host"));
        new EdgeGridSignatureVerifier(credential).verify(received);
    }

    private static Request get(EdgeGridCredential credential, String target) {
        return new Request.Builder()
                .url(credential.baseUrl() + target.substring(1))
                .build();
    }

    private static Request post(EdgeGridCredential credential, String body) {
        return get(credential, "/users")
                .newBuilder()
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON))
                .build();
    }

    private static OkHttpClient signingClient(EdgeGridCredential credential) {
        return new OkHttpClient.Builder()
                .addNetworkInterceptor(new EdgeGridSigningInterceptor(credential))
                .build();
    }

    private RecordedRequest send(EdgeGridCredential credential, Request request) throws Exception {
        return send(signingClient(credential), request);
    }

    private RecordedRequest send(OkHttpClient client, Request request) throws Exception {
        server.enqueue(new MockResponse());
        try (Response response = client.newCall(request).execute()) {
            assertEquals(200, response.code());
        }
        return take();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertTrue(request != null, "the server received no request");
        return request;
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the signer needs no other zone");
        }
    }
}
