package io.github.iamuser;

import com.google.gson.Gson;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.bench.BenchProfiles;
import io.github.iamuser.bench.RoundTripBenchmark;
import io.github.iamuser.bench.SigningBenchmark;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
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
 * Where the client's time goes in one {@code updateUserProfile} call, step by step and without a
 * network: the work {@link RoundTripBenchmark} adds to a raw PUT (signing is in {@link SigningBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClientStepsBenchmark {
    private IamClient client;
    private Gson gson;
    private UserProfileUpdate profile;
    private String answer;

    /** Builds a client (never called over the network), the profile, a built request and an answer. */
    @Setup
    public void setUp() {
        client = IamClient.builder()
                .credential(EdgeGridCredential.builder()
                        .host("127.0.0.1:9")
                        .clientToken("akab-client-token-0000000000000000")
                        .clientSecret("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==")
                        .accessToken("akab-access-token-0000000000000000")
                        .build())
                .apiVersion(ApiVersion.V2) // as the v2 model BenchProfiles makes
                .build();
        gson = io.github.iamuser.internal.StrictJson.gson();
        profile = BenchProfiles.profile();
        answer = new String(BenchProfiles.userAnswer(), StandardCharsets.UTF_8);
    }

    /** Checking the per-call account switch key's form. */
    @Benchmark
    public String checkAccountKey() {
        return EdgeGridCredential.requireAccountSwitchKey(RoundTripBenchmark.SWITCH_KEY);
    }

    /** The client's check before sending, and the bytes it sends: every key present, not null, every rule kept. */
    @Benchmark
    public ProfileBody validate() {
        return ProfileBody.valid(gson.toJsonTree(profile).getAsJsonObject(), ApiVersion.V2);
    }

    /** Retrofit builds the OkHttp request: path and query (the body is serialized only if written). */
    @Benchmark
    public Request buildRequest() {
        return client.usersApiV2()
                .updateUserProfile(BenchProfiles.USER_ID, profile, RoundTripBenchmark.SWITCH_KEY)
                .request();
    }

    /** Reading the answer into a {@link User}. */
    @Benchmark
    public User readAnswer() {
        return gson.fromJson(answer, User.class);
    }
}
