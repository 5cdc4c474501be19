package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.TestCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SignerRequest: what edgegrid-signer-core cannot sign as it would be sent is refused before anything is sent,
 * naming what to do instead (a path {@code java.net.URI} refuses, a method not in upper case, signed headers
 * it would sign out of the credential's order or sent twice, a one-shot POST body). The traps themselves are
 * shown in {@code signing.EdgeGridSignerCoreTrapsTest}; what is signed, in {@link EdgeGridSigningInterceptorTest}.
 */
class SignerRequestTest {
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

    /** Paths java.net.URI refuses, so edgegrid-signer-core cannot be given them as they would be sent. */
    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {"/users/[x] [ %5B", "/users/x]/y ] %5D", "/users/100% % %25", "/users/%zz?q=1 % %25"})
    void refusesAPathTheSignerCannotTakeAsSent(String target, char refused, String encoded) {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();

        RequestNotSignedException refusal =
                assertThrows(RequestNotSignedException.class, () -> send(credential, get(credential, target)));

        assertTrue(refusal.getMessage().contains("its path holds '" + refused + "'"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("'" + refused + "' as " + encoded), refusal.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void refusesAMethodNotInUpperCase() {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        Request request = get(credential, "/users/A-B-1234/basic-info")
                .newBuilder()
                .method("put", RequestBody.create("{}", JSON))
                .build();

        RequestNotSignedException refused =
                assertThrows(RequestNotSignedException.class, () -> send(credential, request));

        assertTrue(refused.getMessage().contains("Use PUT"), refused.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    /**
     * edgegrid-signer-core 6.0.2 signs headers in its HashMap's order, where x-second (bucket 9 of 16)
     * comes before x-first (bucket 15): with headersToSign listing x-first first, the two cannot be signed
     * together (EdgeGridSignerCoreTrapsTest shows the library's own signature failing), one alone can.
     */
    @Test
    void refusesTwoSignedHeadersTheSignerWouldSignOutOfTheCredentialsOrder() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server)
                .headersToSign(List.of("X-First", "X-Second"))
                .build();
        Request onlyFirst =
                get(credential, "/users").newBuilder().header("X-First", "1").build();
        Request both = onlyFirst.newBuilder().header("X-Second", "2").build();

        RequestNotSignedException refused = assertThrows(RequestNotSignedException.class, () -> send(credential, both));

        assertTrue(refused.getMessage().contains("[x-first, x-second]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("[x-second, x-first]"), refused.getMessage());
        assertEquals(0, server.getRequestCount());
        new EdgeGridSignatureVerifier(credential).verify(send(credential, onlyFirst));
    }

    @Test
    void refusesASignedHeaderSentTwice() {
        EdgeGridCredential credential = TestCredentials.forServer(server)
                .headersToSign(List.of("X-Twice"))
                .build();
        Request request = get(credential, "/users")
                .newBuilder()
                .addHeader("X-Twice", "a")
                .addHeader("X-Twice", "b")
                .build();

        RequestNotSignedException refused =
                assertThrows(RequestNotSignedException.class, () -> send(credential, request));

        assertTrue(refused.getMessage().contains("x-twice"), refused.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void refusesAOneShotPostBody() {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        RequestBody oneShot = new RequestBody() {
            @Override
            public MediaType contentType() {
                return JSON;
            }

            @Override
            public boolean isOneShot() {
                return true;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8("{}");
            }
        };

        RequestNotSignedException refused = assertThrows(
                RequestNotSignedException.class,
                () -> send(
                        credential,
                        get(credential, "/users").newBuilder().post(oneShot).build()));

        assertTrue(refused.getMessage().contains("read only once"), refused.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    private static Request get(EdgeGridCredential credential, String target) {
        return new Request.Builder()
                .url(credential.baseUrl() + target.substring(1))
                .build();
    }

    /** Sends through a client that signs as the library does; returns what the server received. */
    private RecordedRequest send(EdgeGridCredential credential, Request request) throws Exception {
        server.enqueue(new MockResponse());
        OkHttpClient client = new OkHttpClient.Builder()
                .addNetworkInterceptor(new EdgeGridSigningInterceptor(credential))
                .build();
        try (Response response = client.newCall(request).execute()) {
            assertEquals(200, response.code());
        }
        RecordedRequest received = server.takeRequest(5, TimeUnit.SECONDS);
        assertTrue(received != null, "the server received no request");
        return received;
    }
}
