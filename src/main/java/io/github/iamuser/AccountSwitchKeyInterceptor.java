package io.github.iamuser;

import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OkHttp application interceptor that makes every request carry the right {@code accountSwitchKey}
 * exactly once, before it is signed: a key already in the URL (a per-call value) wins, else the
 * client-wide key, if any, is added. Every key is checked before the request leaves.
 */
final class AccountSwitchKeyInterceptor implements Interceptor {
    public static final String PARAMETER = "accountSwitchKey";

    private final String clientKey;

    /** Adds {@code clientKey} to requests that carry none; null adds nothing. */
    public AccountSwitchKeyInterceptor(String clientKey) {
        this.clientKey = clientKey == null ? null : EdgeGridCredential.requireAccountSwitchKey(clientKey);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl url = chain.request().url();
        List<String> keys = url.queryParameterValues(PARAMETER);
        if (keys.size() > 1) {
            throw new IllegalArgumentException("accountSwitchKey appears " + keys.size() + " times in "
                    + chain.request().method() + " " + url.encodedPath()
                    + ": give it once, either per call or client-wide.");
        }
        keys.forEach(EdgeGridCredential::requireAccountSwitchKey);
        if (!keys.isEmpty() || clientKey == null) {
            return chain.proceed(chain.request());
        }
        HttpUrl withKey =
                url.newBuilder().addQueryParameter(PARAMETER, clientKey).build();
        return chain.proceed(chain.request().newBuilder().url(withKey).build());
    }
}
