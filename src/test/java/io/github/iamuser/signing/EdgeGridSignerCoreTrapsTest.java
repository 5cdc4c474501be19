package io.github.iamuser.signing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.TestCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * What edgegrid-signer-core 6.0.2 signs when used directly, checked by the independent verifier: the
 * traps the interceptor works around. A test failing here after a library upgrade means the library
 * changed, and the matching workaround or refusal in {@code SignerRequest} should be revisited.
 */
class EdgeGridSignerCoreTrapsTest {
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void rawUriSignsTheQueryDecoded() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        String target = "/users/x?q=a%26b";

        RecordedRequest received = sendSignedByTheLibrary(
                credential,
                "GET",
                target,
                com.akamai.edgegrid.signer.Request.builder().method("GET").rawUri(URI.create(target)));

        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(credential).verify(received),
                "the library signs q=a&b for the q=a%26b that is sent");
    }

    @Test
    void uriSignsThePathDecoded() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        String target = "/users/a%2Fb";

        RecordedRequest received = sendSignedByTheLibrary(
                credential,
                "GET",
                target,
                com.akamai.edgegrid.signer.Request.builder().method("GET").uri(target));

        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(credential).verify(received),
                "the library signs /users/a/b for the /users/a%2Fb that is sent");
    }

    @Test
    void signsTheMethodUpperCased() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server).build();
        String target = "/users/x";

        RecordedRequest received = sendSignedByTheLibrary(
                credential,
                "put",
                target,
                com.akamai.edgegrid.signer.Request.builder().method("put").rawUri(URI.create(target)));

        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(credential).verify(received),
                "the library signs PUT for the put that is sent");
    }

    @Test
    void signsHeadersInTheOrderOfItsHashMapNotOfHeadersToSign() throws Exception {
        EdgeGridCredential credential = TestCredentials.forServer(server)
                .headersToSign(List.of("X-First", "X-Second"))
                .build();
        String target = "/users/x";

        RecordedRequest received = sendSignedByTheLibrary(
                credential,
                "GET",
                target,
                com.akamai.edgegrid.signer.Request.builder()
                        .method("GET")
                        .rawUri(URI.create(target))
                        .header("X-First", "1")
                        .header("X-Second", "2"));

        assertThrows(
                AssertionError.class,
                () -> new EdgeGridSignatureVerifier(credential).verify(received),
                "the library signs x-second before x-first");
        new EdgeGridSignatureVerifier(credential.toBuilder()
                        .headersToSign(List.of("X-Second", "X-First"))
                        .build())
                .verify(received);
    }

    /** Sends {@code method target} (with any headers {@code signable} has) signed by the library alone. */
    private RecordedRequest sendSignedByTheLibrary(
            EdgeGridCredential credential,
            String method,
            String target,
            com.akamai.edgegrid.signer.Request.RequestBuilder signable)
            throws Exception {
        com.akamai.edgegrid.signer.Request library = signable.build();
        String authorization = new EdgeGridV1Signer()
                .getSignature(
                        library,
                        ClientCredential.builder()
                                .host(credential.host())
                                .clientToken(credential.clientToken())
                                .clientSecret(credential.clientSecret())
                                .accessToken(credential.accessToken())
                                .headersToSign(Set.copyOf(credential.headersToSign()))
                                .build());
        Request.Builder request = new Request.Builder()
                .url(credential.baseUrl() + target.substring(1))
                .method(method, method.equalsIgnoreCase("PUT") ? RequestBody.create(new byte[0]) : null)
                .header("Authorization", authorization);
        if (!credential.headersToSign().isEmpty()) {
            request.header("X-First", "1").header("X-Second", "2");
        }
        server.enqueue(new MockResponse());
        try (Response response = client.newCall(request.build()).execute()) {
            response.body().string();
        }
        return server.takeRequest(5, TimeUnit.SECONDS);
    }
}
