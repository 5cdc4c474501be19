package io.github.iamuser.bench;

import io.github.iamuser.IamClient;
import io.github.iamuser.TestSigning;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One sandbox per trial, with the two ways of calling it that the safe-update benchmark compares:
 * an {@link IamClient} and a plain OkHttp client that only signs. At the end of the trial it checks
 * that each caller's user holds that caller's last update and that the sandbox received exactly one
 * PUT per update the callers made: none lost, none repeated.
 */
@State(Scope.Benchmark)
public class SandboxUnderLoad {
    IamSandbox sandbox;
    IamClient client;
    OkHttpClient signingOnly;
    private final AtomicInteger nextLoadUser = new AtomicInteger();
    private final Queue<LoadCaller> callers = new ConcurrentLinkedQueue<>();

    /** Starts the sandbox and both clients. */
    @Setup(Level.Trial)
    public void start() {
        sandbox = IamSandbox.start();
        // IAM v2, as the baseline's requests (LoadCaller) and the results in docs/benchmarks.md
        client = IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V2)
                .build();
        signingOnly = new OkHttpClient.Builder()
                .addNetworkInterceptor(TestSigning.signing(sandbox.credential()))
                .build();
    }

    /** Registers a caller to check at the end and returns a load user no other caller updates. */
    String claimLoadUser(LoadCaller caller) {
        callers.add(caller);
        return SandboxUsers.loadUser(nextLoadUser.getAndIncrement());
    }

    /**
     * Checks every caller's user and the PUT count, then stops the sandbox and the clients.
     *
     * @throws IllegalStateException on a lost or repeated update, which fails the JMH run
     */
    @TearDown(Level.Trial)
    public void checkAndStop() {
        try {
            long updates = 0;
            for (LoadCaller caller : callers) {
                updates += caller.checkUser(sandbox);
            }
            long puts = sandbox.putCount();
            if (puts != updates) {
                throw new IllegalStateException("lost or repeated updates: the callers made " + updates
                        + " updates but the sandbox received " + puts + " PUTs");
            }
            System.out.println("Checked: " + callers.size() + " caller(s) made " + puts
                    + " updates, the sandbox received exactly " + puts + " PUTs, each user holds its last one.");
        } finally {
            sandbox.close();
            client.close();
            signingOnly.dispatcher().executorService().shutdown();
            signingOnly.connectionPool().evictAll();
        }
    }
}
