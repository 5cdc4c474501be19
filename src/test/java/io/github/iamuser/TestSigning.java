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
}
