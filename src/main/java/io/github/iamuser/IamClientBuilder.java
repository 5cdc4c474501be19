package io.github.iamuser;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.LibraryInfo;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link IamClient}. Timeouts are {@link Duration}s; {@link Duration#ZERO} means no
 * timeout. When an OkHttpClient is supplied, a timeout left unset keeps that client's value.
 */
public final class IamClientBuilder implements Cloneable {
    /** Connect timeout used when none is set and no OkHttpClient is supplied: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read (and write) timeout used when none is set and no OkHttpClient is supplied: 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Call timeout (whole call, retries included) used when none is set and no OkHttpClient is supplied: 60 s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    EdgeGridCredential credential;
    ApiVersion apiVersion = ApiVersion.V3;
    String accountSwitchKey;
    Duration connectTimeout;
    Duration readTimeout;
    Duration callTimeout;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    OkHttpClient okHttpClient;
    ClientStack.SharedHttp sharedDefault;
    Proxy proxy;
    EnvironmentProxy environmentProxy;
    boolean logBodies;
    String userAgent = UserAgentInterceptor.defaultUserAgent(null);
    List<Interceptor> interceptors = new ArrayList<>();
    int pacedCallers;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.real();
    DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
    Logger wireLogger = LoggerFactory.getLogger(LibraryInfo.WIRE_LOGGER);

    IamClientBuilder() {}

    /** Required: the EdgeGrid credential that signs every request; its host sets the base URL. */
    public IamClientBuilder credential(EdgeGridCredential credential) {
        this.credential = Objects.requireNonNull(credential, "credential");
        return this;
    }

    /**
     * The version of IAM every call speaks (default {@link ApiVersion#V3}, the one Akamai serves; it
     * decommissioned v2 on 2025-09-30): its paths, and the profile fields a PUT carries ({@code
     * additionalAuthentication} in v3, {@code tfaEnabled} in v2).
     */
    public IamClientBuilder apiVersion(ApiVersion apiVersion) {
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        return this;
    }

    /**
     * The account switch key every call uses unless it passes its own (default: the credential's
     * {@code account_key}; null restores that default). Checked here: a malformed key is refused.
     */
    public IamClientBuilder accountSwitchKey(String accountSwitchKey) {
        this.accountSwitchKey =
                accountSwitchKey == null ? null : EdgeGridCredential.requireAccountSwitchKey(accountSwitchKey);
        return this;
    }

    /** Time to open a connection (default 10 s). */
    public IamClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = requireTimeout("connectTimeout", connectTimeout);
        return this;
    }

    /** Longest silence while reading a response or writing a request, per attempt (default 30 s). */
    public IamClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = requireTimeout("readTimeout", readTimeout);
        return this;
    }

    /**
     * Longest time a whole call may take, retries and waits between them included (default 60 s);
     * retries that would end after it are not started.
     */
    public IamClientBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = requireTimeout("callTimeout", callTimeout);
        return this;
    }

    /** What is retried and how long to wait (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} to turn off). */
    public IamClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * An OkHttpClient to build on (default: a new one). The client is extended with
     * {@code newBuilder()}, so its proxy, connection pool, dispatcher and interceptors are kept.
     */
    public IamClientBuilder okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
        return this;
    }

    /**
     * The proxy to connect through (default: the OkHttpClient's, normally the JVM's proxy selector, which
     * reads {@code https.proxyHost}, {@code https.proxyPort} and {@code http.nonProxyHosts}).
     */
    public IamClientBuilder proxy(Proxy proxy) {
        this.proxy = Objects.requireNonNull(proxy, "proxy");
        this.environmentProxy = null;
        return this;
    }

    /** {@link #proxyFromEnvironment(Map)} with this process's environment, {@link System#getenv()}. */
    public IamClientBuilder proxyFromEnvironment() {
        return proxyFromEnvironment(System.getenv());
    }

    /**
     * Chooses the proxy as Akamai's Go tools do, from {@code HTTPS_PROXY} (else {@code https_proxy}), an
     * {@code http://[USER:PASSWORD@]HOST:PORT} URL whose credentials answer the proxy's 407 and go to it
     * only, and {@code NO_PROXY} (else {@code no_proxy}): a comma list of {@code *}, domains ({@code
     * example.com} with its subdomains, {@code .example.com} only those), IP addresses and CIDR ranges,
     * each optionally with {@code :port}; loopback hosts go direct. A JVM property {@code https.proxyHost}
     * wins over the variables; without either, the JVM's proxy selector decides. Replaces {@link
     * #proxy(Proxy)}; a value that is no http proxy URL is an IllegalArgumentException naming the variable.
     */
    public IamClientBuilder proxyFromEnvironment(Map<String, String> environment) {
        this.environmentProxy = EnvironmentProxy.of(Objects.requireNonNull(environment, "environment"));
        this.proxy = null;
        return this;
    }

    /** Whether DEBUG logging includes bodies, as JSON with personal data masked (default false). */
    public IamClientBuilder logBodies(boolean logBodies) {
        this.logBodies = logBodies;
        return this;
    }

    /** Words appended to the User-Agent, such as {@code my-tool/1.2} (default none). */
    public IamClientBuilder userAgentSuffix(String userAgentSuffix) {
        this.userAgent = UserAgentInterceptor.defaultUserAgent(userAgentSuffix);
        return this;
    }

    /**
     * Adds an OkHttp application interceptor that runs once per call, before the account switch
     * key, retries and signing: for tracing, metrics, or checks that must stop a request before it
     * is sent. Interceptors run in the order added.
     */
    public IamClientBuilder addInterceptor(Interceptor interceptor) {
        this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * Spaces calls within the server's rate limit (read from its {@code X-RateLimit-*} headers) for
     * {@code concurrentCallers} threads sharing this client, as a bulk run does; 0 (the default) sends each call at once.
     */
    public IamClientBuilder paceWithinRateLimit(int concurrentCallers) {
        if (concurrentCallers < 0) {
            throw new IllegalArgumentException(
                    "concurrentCallers must be 0 (no pacing) or more (got " + concurrentCallers + ").");
        }
        this.pacedCallers = concurrentCallers;
        return this;
    }

    /** Test hook: the clock the retry budget is measured with. */
    IamClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Test hook: what waits between retries. */
    IamClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /** Test hook: numbers in [0, 1) for the retry jitter. */
    IamClientBuilder jitterSource(DoubleSupplier jitterSource) {
        this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
        return this;
    }

    /** Test hook: the logger request and response lines go to. */
    IamClientBuilder wireLogger(Logger wireLogger) {
        this.wireLogger = Objects.requireNonNull(wireLogger, "wireLogger");
        return this;
    }

    /** Checks the settings and builds the client; nothing is sent. */
    public IamClient build() {
        if (credential == null) {
            throw new IllegalStateException("credential is not set: call credential(...) with the API"
                    + " client's EdgeGrid credential (from ~/.edgerc or the AKAMAI_* environment).");
        }
        IamClientBuilder snapshot = copy();
        if (snapshot.okHttpClient != null) {
            snapshot.sharedDefault = null; // the caller's: theirs to close
        } else if (snapshot.sharedDefault == null || !snapshot.sharedDefault.open()) {
            snapshot.sharedDefault = new ClientStack.SharedHttp(snapshot.credential);
            snapshot.sharedDefault.open();
        }
        try {
            return new IamClient(snapshot);
        } catch (RuntimeException e) {
            if (snapshot.sharedDefault != null) {
                snapshot.sharedDefault.close();
            }
            throw e;
        }
    }

    /** A copy whose later changes do not affect this builder; clients made from both share a default OkHttpClient. */
    IamClientBuilder copy() {
        try {
            IamClientBuilder copy = (IamClientBuilder) clone(); // every setting, so none can be forgotten here
            copy.interceptors = new ArrayList<>(interceptors);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    private static Duration requireTimeout(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero (no timeout) or a positive" + " duration (got "
                    + value + "), for example Duration.ofSeconds(30).");
        }
        return value;
    }
}
