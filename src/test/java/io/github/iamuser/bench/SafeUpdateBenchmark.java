package io.github.iamuser.bench;

import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.UpdateResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Safe read-modify-write updates per second against the sandbox, through the client, beside the
 * sandbox's own capacity: the same GET and complete PUT sent by a plain OkHttp client that only
 * signs. Each thread updates its own load user; the subclasses fix the number of threads.
 *
 * <p>The warm-up is 40 s because the callers and the sandbox keep both cores busy, so the JIT
 * compiles slowly: with 16 s, {@code -prof comp} still counted 2.3 s of compilation inside the
 * client's measurement against 0.6 s inside the baseline's, which measured the compiler.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public abstract class SafeUpdateBenchmark {
    /** The library: GET, apply the change, validate, PUT the complete profile, compare the answer. */
    @Benchmark
    public UpdateResult<IamUser> client(SandboxUnderLoad load, LoadCaller caller) {
        String title = caller.nextTitle();
        return load.client.updateProfile(caller.userId, change -> change.jobTitle(title));
    }

    /** The baseline: the same GET and PUT, the body made by string concatenation, answers read as text. */
    @Benchmark
    public String raw(SandboxUnderLoad load, LoadCaller caller) throws IOException {
        String user = send(load, caller.rawGet);
        return user + send(load, caller.rawPut(caller.nextTitle()));
    }

    private static String send(SandboxUnderLoad load, Request request) throws IOException {
        try (Response response = load.signingOnly.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(request.method() + " " + request.url() + " answered " + response.code() + ": "
                        + response.body().string());
            }
            return response.body().string();
        }
    }
}
