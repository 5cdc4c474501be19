package io.github.iamuser;

import io.github.iamuser.auth.EdgeGridCredential;
import java.time.Clock;
import java.util.function.Supplier;
import okhttp3.Interceptor;

/** The library's EdgeGrid signing, for tests in other packages that send requests of their own making. */
public final class TestSigning {
    private TestSigning() {}

    /** An OkHttp interceptor that signs each request with {@code credential}, as the client does. */
    public static Interceptor signing(EdgeGridCredential credential) {
        return new EdgeGridSigningInterceptor(credential);
    }

    /** The same with a fixed clock and nonces, for comparing signatures with a known answer. */
    public static Interceptor signing(EdgeGridCredential credential, Clock clock, Supplier<String> nonces) {
        return new EdgeGridSigningInterceptor(credential, clock, nonces);
    }

    /** The OkHttp client {@code client}'s calls go through, with the library's interceptors (for benchmarks of the stack). */
    public static okhttp3.OkHttpClient httpOf(IamClient client) {
        return client.http();
    }
}
