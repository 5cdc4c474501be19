package io.github.iamuser.bench;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.Request;
import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signing a profile PUT: the project's interceptor against edgegrid-signer-core's signer called
 * directly. Both sides get their request built once, in setup, so each measures signing one request
 * (fresh timestamp and nonce, canonical request, HMACs, header) and nothing else; the interceptor
 * also checks the host and adds the header to a copy of the OkHttp request, which is its real cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SigningBenchmark {
    private static final String HOST = "akab-bench.luna.akamaiapis.net";
    private static final String PATH =
            "/identity-management/v2/user-admin/ui-identities/A-B-1CDEFG/basic-info?accountSwitchKey=1-5C0YLB";
    private static final byte[] BODY = ("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                    + "\"email\":\"ada@example.com\"}")
            .getBytes(StandardCharsets.UTF_8);

    private Interceptor interceptor;
    private BenchChain chain;
    private EdgeGridV1Signer signer;
    private ClientCredential rawCredential;
    private Request rawRequest;

    /** Builds the credential, both signers and the request each of them signs. */
    @Setup
    public void setUp() {
        EdgeGridCredential credential = EdgeGridCredential.builder()
                .host(HOST)
                .clientToken("akab-client-token-0000000000000000")
                .clientSecret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==")
                .accessToken("akab-access-token-0000000000000000")
                .build();
        interceptor = TestSigning.signing(credential);
        chain = new BenchChain(new okhttp3.Request.Builder()
                .url("https://" + HOST + PATH)
                .put(RequestBody.create(BODY, MediaType.get("application/json")))
                .build());
        signer = new EdgeGridV1Signer();
        rawCredential = ClientCredential.builder()
                .host(credential.host())
                .clientToken(credential.clientToken())
                .clientSecret(credential.clientSecret())
                .accessToken(credential.accessToken())
                .build();
        rawRequest = Request.builder()
                .method("PUT")
                .uri(URI.create("https://" + HOST + PATH))
                .body(BODY)
                .build();
    }

    /** The project's interceptor: reads the request off an OkHttp chain and passes it on signed. */
    @Benchmark
    public okhttp3.Request interceptor() throws Exception {
        interceptor.intercept(chain);
        return chain.proceeded();
    }

    /** The baseline: edgegrid-signer-core's signer on the same request, built once in setup. */
    @Benchmark
    public String rawSigner() throws Exception {
        return signer.getSignature(rawRequest, rawCredential);
    }

    /**
     * The baseline as a caller of the library pays it: the signer's {@code Request} built from the
     * URL for each request (the URI parse is part of signing one request), then signed.
     */
    @Benchmark
    public String rawSignerWithRequest() throws Exception {
        return signer.getSignature(
                Request.builder()
                        .method("PUT")
                        .uri(URI.create("https://" + HOST + PATH))
                        .body(BODY)
                        .build(),
                rawCredential);
    }
}
