package io.github.iamuser;

import io.github.iamuser.auth.EdgeGridCredential;
import okhttp3.Interceptor;

/** The library's EdgeGrid signing, for tests in other packages that send requests of their own making. */
public final class TestSigning {
    private TestSigning() {}

    /** An OkHttp interceptor that signs each request with {@code credential}, as the client does. */
    public static Interceptor signing(EdgeGridCredential credential) {
        return new EdgeGridSigningInterceptor(credential);
    }

    /** The OkHttp client {@code client}'s calls go through, with the library's interceptors. */
    public static okhttp3.OkHttpClient httpOf(IamClient client) {
        return client.http();
    }
}
