package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.iamuser.auth.EdgeGridSigningInterceptor;
import io.github.iamuser.grants.AccessBodyConverterFactory;
import io.github.iamuser.http.AccountSwitchKeyInterceptor;
import io.github.iamuser.http.RetryInterceptor;
import io.github.iamuser.http.UserAgentInterceptor;
import io.github.iamuser.http.WireLoggingInterceptor;
import io.github.iamuser.profile.CompletenessGuard;
import io.github.iamuser.profile.ProfileBodyConverterFactory;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The OkHttp client and Retrofit instance a client's calls go through, built from its settings:
 * the caller's interceptors, then the profile completeness guard, the account switch key, the
 * User-Agent and the retries (once per call), then EdgeGrid signing and wire logging (once per
 * attempt, so that every retry and redirect is signed anew).
 */
final class ClientStack {
    final String accountSwitchKey;
    final OkHttpClient http;
    final Gson gson = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapterFactory(new StrictJsonTypes())
            .create();
    final Retrofit retrofit;
    /** The same, but a profile PUT's body is also checked against every rule of the client's version: the raw full replace's. */
    final Retrofit wholeProfileRetrofit;

    ClientStack(IamClientBuilder s) {
        this.accountSwitchKey = s.accountSwitchKey != null ? s.accountSwitchKey : s.credential.accountSwitchKey();
        this.http = httpClient(s, accountSwitchKey);
        this.retrofit = retrofit(s, new ProfileBodyConverterFactory(gson));
        this.wholeProfileRetrofit = retrofit(s, new ProfileBodyConverterFactory(gson, s.apiVersion));
    }

    private Retrofit retrofit(IamClientBuilder s, ProfileBodyConverterFactory profileBodies) {
        return new Retrofit.Builder()
                .baseUrl(s.credential.baseUrl())
                .client(http)
                .addConverterFactory(profileBodies)
                .addConverterFactory(new AccessBodyConverterFactory())
                .addConverterFactory(new JsonResponseConverterFactory())
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build();
    }

    private static OkHttpClient httpClient(IamClientBuilder s, String accountSwitchKey) {
        boolean own = s.okHttpClient == null;
        OkHttpClient.Builder b = (own ? s.sharedDefault : s.okHttpClient).newBuilder();
        Duration read = timeout(s.readTimeout, own, IamClient.DEFAULT_READ_TIMEOUT);
        if (read != null) {
            b.readTimeout(read).writeTimeout(read);
        }
        Duration connect = timeout(s.connectTimeout, own, IamClient.DEFAULT_CONNECT_TIMEOUT);
        if (connect != null) {
            b.connectTimeout(connect);
        }
        Duration call = timeout(s.callTimeout, own, IamClient.DEFAULT_CALL_TIMEOUT);
        if (call != null) {
            b.callTimeout(call);
        }
        if (s.proxy != null) {
            b.proxy(s.proxy);
        }
        b.interceptors().addAll(s.interceptors);
        b.addInterceptor(BoundedBodies::boundErrorBody);
        b.addInterceptor(new CompletenessGuard());
        b.addInterceptor(new AccountSwitchKeyInterceptor(accountSwitchKey));
        b.addInterceptor(new UserAgentInterceptor(s.userAgent));
        b.addInterceptor(new RetryInterceptor(s.retryPolicy, s.clock, s.sleeper, s.jitterSource));
        b.addNetworkInterceptor(new EdgeGridSigningInterceptor(s.credential));
        b.addNetworkInterceptor(new WireLoggingInterceptor(s.wireLogger, s.logBodies));
        return b.build();
    }

    /** The timeout set, else the default for the library's own OkHttpClient, else null (keep the supplied client's). */
    private static Duration timeout(Duration set, boolean ownClient, Duration defaultValue) {
        return set != null ? set : ownClient ? defaultValue : null;
    }
}
