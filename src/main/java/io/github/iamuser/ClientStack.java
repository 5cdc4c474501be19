package io.github.iamuser;

import com.google.gson.Gson;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.grants.AccessBodyConverterFactory;
import io.github.iamuser.internal.StrictJson;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The OkHttp client and Retrofit instance a client's calls go through, built from its settings:
 * the caller's interceptors, then the account switch key, the
 * User-Agent and the retries (once per call), then EdgeGrid signing and wire logging (once per
 * attempt, so that every retry and redirect is signed anew).
 */
final class ClientStack {
    final String accountSwitchKey;
    final OkHttpClient http;
    final Gson gson = StrictJson.gson();
    final Retrofit retrofit;

    ClientStack(IamClientBuilder s, BooleanSupplier closed) {
        this.accountSwitchKey = s.accountSwitchKey != null ? s.accountSwitchKey : s.credential.accountSwitchKey();
        this.http = httpClient(s, accountSwitchKey, closed);
        this.retrofit = new Retrofit.Builder()
                .baseUrl(s.credential.baseUrl())
                .client(http)
                .addConverterFactory(new ProfileBodyConverterFactory(gson))
                .addConverterFactory(new AccessBodyConverterFactory())
                .addConverterFactory(new JsonResponseConverterFactory())
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build();
    }

    /**
     * The library's own OkHttpClient, whose pool and dispatcher a client's siblings share. A loopback
     * host is called over plain http only, so its client sets up no TLS (trust store, SSL context),
     * which would take a short-lived command line longer than its request.
     */
    static OkHttpClient defaultClient(EdgeGridCredential credential) {
        return credential.isLoopback()
                ? new OkHttpClient.Builder()
                        .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                        .build()
                : new OkHttpClient();
    }

    private static OkHttpClient httpClient(IamClientBuilder s, String accountSwitchKey, BooleanSupplier closed) {
        boolean own = s.okHttpClient == null;
        OkHttpClient.Builder b = (own ? s.sharedDefault.http : s.okHttpClient).newBuilder();
        if (own
                && !s.credential.isLoopback()
                && s.sharedDefault.http.connectionSpecs().stream().noneMatch(ConnectionSpec::isTls)) {
            b.connectionSpecs(
                    List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)); // a sibling for an https host
        }
        timeout(s.readTimeout, own, IamClientBuilder.DEFAULT_READ_TIMEOUT)
                .ifPresent(read -> b.readTimeout(read).writeTimeout(read));
        timeout(s.connectTimeout, own, IamClientBuilder.DEFAULT_CONNECT_TIMEOUT).ifPresent(b::connectTimeout);
        timeout(s.callTimeout, own, IamClientBuilder.DEFAULT_CALL_TIMEOUT).ifPresent(b::callTimeout);
        if (s.proxy != null) {
            b.proxy(s.proxy);
        } else if (s.environmentProxy != null) {
            b.proxy(null).proxySelector(s.environmentProxy).proxyAuthenticator(s.environmentProxy);
            s.wireLogger.debug(s.environmentProxy.describe(s.credential.baseUrl()));
        }
        b.addInterceptor(chain -> {
            if (closed.getAsBoolean()) {
                throw new IllegalStateException("this IamClient is closed: build a new one (IamClient.builder()), or"
                        + " use a sibling (withOptions) made before it was closed. Nothing was sent.");
            }
            return chain.proceed(chain.request());
        });
        b.interceptors().addAll(s.interceptors);
        if (s.pacedCallers > 0) {
            b.addInterceptor(new RateLimitPacer(s.pacedCallers));
        }
        b.addInterceptor(BoundedBodies::boundErrorBody);
        b.addInterceptor(new AccountSwitchKeyInterceptor(accountSwitchKey));
        b.addInterceptor(new UserAgentInterceptor(s.userAgent));
        b.addInterceptor(new RetryInterceptor(s.retryPolicy, s.clock, s.sleeper, s.jitterSource));
        b.addNetworkInterceptor(new EdgeGridSigningInterceptor(s.credential));
        b.addNetworkInterceptor(new WireLoggingInterceptor(s.wireLogger, s.logBodies));
        return b.build();
    }

    /**
     * The OkHttpClient that the clients of one {@link IamClientBuilder#build()} and their siblings share when
     * given none, and how many of them are open: the last to close shuts its dispatcher's threads down and
     * closes its pooled connections.
     */
    static final class SharedHttp {
        final OkHttpClient http;
        private int open;
        private boolean released;

        SharedHttp(EdgeGridCredential credential) {
            this.http = defaultClient(credential);
        }

        /** Counts one more client open on it; false once released (a new one is needed then). */
        synchronized boolean open() {
            if (!released) {
                open++;
            }
            return !released;
        }

        /** Counts one client closed; the last releases the threads and connections. */
        void close() {
            synchronized (this) {
                released = --open == 0;
                if (!released) {
                    return;
                }
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** The timeout set, else the default for the library's own OkHttpClient, else none (keep the supplied client's). */
    private static Optional<Duration> timeout(Duration set, boolean ownClient, Duration defaultValue) {
        return Optional.ofNullable(set != null ? set : ownClient ? defaultValue : null);
    }
}
