package io.github.iamuser.bench;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.google.gson.GsonBuilder;
import io.github.iamuser.IamClient;
import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One profile PUT through {@link IamClient#updateUserProfile} (checks the account switch key, checks
 * completeness and every rule, serializes, adds the key to the URL, signs, reads the answer into a
 * {@link User}) against a plain OkHttp PUT of the same bytes, serialized and signed beforehand, to
 * the same URL of the same loopback server, which answers a fixed 200 JSON and does nothing else.
 *
 * <p>The warm-up is long because on two shared cores the JIT needs about ten seconds to finish
 * compiling the HTTP path; shorter warm-ups measure the compiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RoundTripBenchmark {
    public static final String SWITCH_KEY = "1-5C0YLB";
    static final String TARGET = "/identity-management/v2/user-admin/ui-identities/" + BenchProfiles.USER_ID
            + "/basic-info?accountSwitchKey=" + SWITCH_KEY;

    FixedAnswerServer server;
    private IamClient client;
    private UserProfileUpdate profile;
    private OkHttpClient rawClient;
    private Request rawRequest;
    private Request unsignedRequest;
    private EdgeGridV1Signer signer;
    private ClientCredential signerCredential;
    private URI signedUri;

    /** Starts the fixed-answer server, the client, and the baseline's prepared, signed request. */
    @Setup
    public void setUp() throws Exception {
        server = new FixedAnswerServer(BenchProfiles.userAnswer(), answerDelay());
        EdgeGridCredential credential = EdgeGridCredential.builder()
                .host(server.host())
                .clientToken("akab-client-token-0000000000000000")
                .clientSecret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==")
                .accessToken("akab-access-token-0000000000000000")
                .build();
        // IAM v2, as TARGET, the v2 model BenchProfiles makes and the results in docs/benchmarks.md
        client = IamClient.builder()
                .credential(credential)
                .apiVersion(ApiVersion.V2)
                .accountSwitchKey(SWITCH_KEY)
                .build();
        profile = BenchProfiles.profile();

        byte[] body =
                new GsonBuilder().disableHtmlEscaping().create().toJson(profile).getBytes(StandardCharsets.UTF_8);
        signer = new EdgeGridV1Signer();
        signerCredential = ClientCredential.builder()
                .host(credential.host())
                .clientToken(credential.clientToken())
                .clientSecret(credential.clientSecret())
                .accessToken(credential.accessToken())
                .build();
        signedUri = URI.create("https://" + server.host() + TARGET);
        String authorization = signature();
        rawClient = new OkHttpClient();
        rawRequest = new Request.Builder()
                .url("http://" + server.host() + TARGET)
                .put(RequestBody.create(body, MediaType.get("application/json; charset=UTF-8")))
                .header("Authorization", authorization)
                .build();
        unsignedRequest = rawRequest.newBuilder().removeHeader("Authorization").build();
    }

    /** How long the server waits before each answer: none, so that only the client is measured. */
    Duration answerDelay() {
        return Duration.ZERO;
    }

    /** Stops the server and both OkHttp clients' threads and connections. */
    @TearDown
    public void tearDown() {
        server.close();
        client.close();
        rawClient.dispatcher().executorService().shutdown();
        rawClient.connectionPool().evictAll();
    }

    /** The library: a validated, complete, signed PUT in another account, its answer read as a User. */
    @Benchmark
    public User client() {
        return client.replaceProfile(BenchProfiles.USER_ID, profile);
    }

    /**
     * The client's OkHttp stack alone (account switch key check, User-Agent,
     * retries, signing, wire logging) on the prepared bytes, without the client's validation, Retrofit
     * and answer reading: splits the client's cost between its stack and its front.
     */
    @Benchmark
    public String clientStackOnly() throws IOException {
        return send(TestSigning.httpOf(client), unsignedRequest);
    }

    /** The baseline: OkHttp sends the prepared bytes with the prepared signature and reads the answer. */
    @Benchmark
    public String raw() throws IOException {
        return send(rawClient, rawRequest);
    }

    /**
     * The baseline as a caller of raw OkHttp must run it against Akamai, where a signature is good for
     * one request (fresh timestamp and nonce): the prepared bytes, signed for each call by
     * edgegrid-signer-core directly.
     */
    @Benchmark
    public String rawSignedEachCall() throws Exception {
        return send(
                rawClient,
                unsignedRequest
                        .newBuilder()
                        .header("Authorization", signature())
                        .build());
    }

    private String signature() throws Exception {
        return signer.getSignature(
                com.akamai.edgegrid.signer.Request.builder()
                        .method("PUT")
                        .uri(signedUri)
                        .build(),
                signerCredential);
    }

    private static String send(OkHttpClient okHttp, Request request) throws IOException {
        try (Response response = okHttp.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("the fixed server answered " + response.code());
            }
            return response.body().string();
        }
    }
}
