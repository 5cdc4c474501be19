package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.iamuser.auth.AccountSwitchKeys;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.auth.EdgeGridSigningInterceptor;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.generated.api.LookupsApi;
import io.github.iamuser.generated.api.UsersApi;
import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.http.AccountSwitchKeyInterceptor;
import io.github.iamuser.http.RequestOptions;
import io.github.iamuser.http.RetryInterceptor;
import io.github.iamuser.http.RetryPolicy;
import io.github.iamuser.http.Sleeper;
import io.github.iamuser.http.UserAgentInterceptor;
import io.github.iamuser.http.WireLoggingInterceptor;
import io.github.iamuser.profile.CompletenessGuard;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileBody;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileUpdateResult;
import io.github.iamuser.profile.SafeProfileUpdater;
import io.github.iamuser.profile.UpdateOptions;
import java.io.IOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The entry point: an immutable, thread-safe client for the IAM API v2 user-profile operations,
 * with EdgeGrid signing, account switching, retries, timeouts, logging and typed errors.
 *
 * <pre>{@code
 * IamClient iam = IamClient.builder().credential(credential).build();
 * ProfileUpdateResult result = iam.updateProfile("A-B-1CDEFG",
 *     change -> change.jobTitle("CTO").clear(Field.MOBILE_PHONE));
 * }</pre>
 *
 * <p>{@link #updateProfile} is the safe way to change a profile: it reads the user, applies the
 * change, validates, and sends the complete profile. Every profile PUT this client sends, whatever
 * path built it, carries all 17 keys and no null; an incomplete one is refused before it is sent.
 *
 * <p>Every operation runs synchronously and either returns the answer or throws a subclass of
 * {@link IamException}: {@code ValidationException} (400), {@code AuthenticationException} (401),
 * {@code ForbiddenException} (403), {@code NotFoundException} (404), {@code ConflictException}
 * (409), {@code RateLimitException} (429), {@code ServerException} (5xx) or
 * {@link ConnectionException} (no answer). Invalid arguments are an
 * {@link IllegalArgumentException} and nothing is sent.
 *
 * <p>Each call goes through one OkHttp stack: the interceptors added with
 * {@link Builder#addInterceptor}, then the profile completeness guard, the account switch key, the User-Agent and the retries
 * (application interceptors, once per call), then EdgeGrid signing and wire logging (network
 * interceptors, once per attempt, so that every retry and redirect is signed anew).
 */
public final class IamClient {
  /** Connect timeout used when none is set and no OkHttpClient is supplied: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Read (and write) timeout used when none is set and no OkHttpClient is supplied: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Call timeout (whole call, retries included) used when none is set and no OkHttpClient is supplied: 60 s. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final Builder settings;
  private final OkHttpClient httpClient;
  private final String accountSwitchKey;
  private final Gson gson;
  private final UsersApi usersApi;
  private final LookupsApi lookupsApi;
  private final ResponseErrors errors;
  private final JsonAnswers json;
  private final SafeProfileUpdater profiles;

  private IamClient(Builder settings, OkHttpClient base) {
    this.settings = settings;
    EdgeGridCredential credential = settings.credential;
    this.accountSwitchKey = settings.accountSwitchKey != null
        ? settings.accountSwitchKey
        : credential.accountSwitchKey();
    this.httpClient = httpClient(settings, base, accountSwitchKey);
    this.gson = new GsonBuilder().disableHtmlEscaping().create();
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(credential.baseUrl())
        .client(httpClient)
        .addConverterFactory(new OnFirstWriteJsonBodies(gson))
        .addConverterFactory(GsonConverterFactory.create(gson))
        .build();
    this.usersApi = retrofit.create(UsersApi.class);
    this.lookupsApi = retrofit.create(LookupsApi.class);
    this.errors = new ResponseErrors(settings.clock, httpClient);
    this.json = new JsonAnswers(gson);
    this.profiles = new SafeProfileUpdater(new ClientProfileApi(this), gson);
  }

  /** Starts a client; only {@link Builder#credential} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A sibling client whose calls run in the account the key selects (null: the credential's
   * {@code account_key}, if any); it shares this client's connection pool and dispatcher.
   */
  public IamClient withAccountSwitchKey(String accountSwitchKey) {
    return withOptions(b -> b.accountSwitchKey(accountSwitchKey));
  }

  /**
   * A sibling client with changed settings, for example
   * {@code iam.withOptions(b -> b.readTimeout(Duration.ofMinutes(2)))}; it shares this client's
   * connection pool and dispatcher unless the change supplies another OkHttpClient.
   */
  public IamClient withOptions(Consumer<Builder> changes) {
    Builder copy = settings.copy();
    changes.accept(copy);
    return copy.build();
  }

  /** Gets a user's profile and account details. */
  public User getUser(String uiIdentityId) {
    return getUser(uiIdentityId, GetUserOptions.none(), RequestOptions.none());
  }

  /** Gets a user, in the account the options select. */
  public User getUser(String uiIdentityId, RequestOptions options) {
    return getUser(uiIdentityId, GetUserOptions.none(), options);
  }

  /** Gets a user with the optional members the flags ask for. */
  public User getUser(String uiIdentityId, GetUserOptions include) {
    return getUser(uiIdentityId, include, RequestOptions.none());
  }

  /** Gets a user with the optional members the flags ask for, in the account the options select. */
  public User getUser(String uiIdentityId, GetUserOptions include, RequestOptions options) {
    requireText("uiIdentityId", uiIdentityId);
    Objects.requireNonNull(include, "include");
    // All three flags are always sent, false unless asked for: Akamai's reference requires
    // notifications, and its Go SDK sends all three (openapi/REFERENCE.md).
    return execute(usersApi.getUser(uiIdentityId, include.notifications(), include.actions(),
        include.authGrants(), key(options)));
  }

  /**
   * Read-modify-write, the recommended way to update a profile: GETs the user, applies
   * {@code change} (for example {@code c -> c.jobTitle("CTO").clear(Field.MOBILE_PHONE)}),
   * validates, sends nothing when nothing changed, else PUTs the complete profile and reports what
   * changed and anything the server stored differently.
   *
   * @throws InvalidProfileException with every broken rule, before anything is written
   */
  public ProfileUpdateResult updateProfile(String uiIdentityId, Consumer<ProfileChange> change) {
    return profiles.update(uiIdentityId, change);
  }

  /**
   * Read-modify-write with options: the account, dry run (returns the difference and the exact
   * body that would be sent, and sends nothing but the GET), and checks against the lookups.
   */
  public ProfileUpdateResult updateProfile(String uiIdentityId, UpdateOptions options,
      Consumer<ProfileChange> change) {
    return profiles.update(uiIdentityId, options, change);
  }

  /** Read-modify-write with a change built beforehand, for example from command-line arguments. */
  public ProfileUpdateResult updateProfile(String uiIdentityId, UpdateOptions options,
      ProfileChange change) {
    return profiles.update(uiIdentityId, options, change);
  }

  /**
   * Replaces a user's profile with {@code profile} and returns the updated user. This is the raw
   * FULL replace: prefer {@link #updateProfile}. Every one of the 17 fields must be set (write
   * {@code ""} for no value); a null field, which would be left out and so erased on the server, is
   * refused before sending, and so is any value that breaks a documented rule. Retried like a GET
   * on 429, 502, 503, 504 and network failures (the same complete body is sent again, so the
   * outcome is the same), never on another 4xx or on 500.
   *
   * @throws InvalidProfileException naming every missing field or broken rule; nothing is sent
   */
  public User updateUserProfile(String uiIdentityId, UserProfileUpdate profile) {
    return updateUserProfile(uiIdentityId, profile, RequestOptions.none());
  }

  /** Replaces a user's profile (see {@link #updateUserProfile(String, UserProfileUpdate)}), in the account the options select. */
  public User updateUserProfile(String uiIdentityId, UserProfileUpdate profile, RequestOptions options) {
    requireText("uiIdentityId", uiIdentityId);
    if (profile == null) {
      throw new IllegalArgumentException("profile is null: pass the complete profile to send"
          + " (read the user, change what you mean to change, send all 17 fields back).");
    }
    return send(uiIdentityId, profile, ProfileBody.valid(gson.toJsonTree(profile).getAsJsonObject()),
        options);
  }

  /**
   * PUTs a profile the safe update has already planned and validated (only its changed fields
   * are checked, so a stored value never blocks it); the body was checked for completeness when made.
   */
  User sendProfile(String uiIdentityId, ProfileBody body, RequestOptions options) {
    return send(uiIdentityId, gson.fromJson(body.json(), UserProfileUpdate.class), body, options);
  }

  /** Sends {@code body}, the checked bytes of {@code profile}, through the generated PUT's path and query. */
  private User send(String uiIdentityId, UserProfileUpdate profile, ProfileBody body,
      RequestOptions options) {
    Request request = usersApi.updateUserProfile(uiIdentityId, profile, key(options)).request();
    return execute(request.newBuilder().put(body).build());
  }

  /** The values a profile's {@code contactType} accepts. */
  public List<String> listContactTypes() {
    return listContactTypes(RequestOptions.none());
  }

  /** The values a profile's {@code contactType} accepts, in the account the options select. */
  public List<String> listContactTypes(RequestOptions options) {
    return unmodifiable(execute(lookupsApi.listContactTypes(key(options))));
  }

  /** The values a profile's {@code country} accepts. */
  public List<String> listCountries() {
    return listCountries(RequestOptions.none());
  }

  /** The values a profile's {@code country} accepts, in the account the options select. */
  public List<String> listCountries(RequestOptions options) {
    return unmodifiable(execute(lookupsApi.listCountries(key(options))));
  }

  /** The states or provinces of a country as the countries lookup spells it ({@code USA}, {@code Canada}; others have none). */
  public List<String> listStates(String country) {
    return listStates(country, RequestOptions.none());
  }

  /** The states or provinces of a country, in the account the options select. */
  public List<String> listStates(String country, RequestOptions options) {
    requireText("country", country);
    return unmodifiable(execute(lookupsApi.listStates(country, key(options))));
  }

  /** The values a profile's {@code preferredLanguage} accepts. */
  public List<String> listSupportedLanguages() {
    return listSupportedLanguages(RequestOptions.none());
  }

  /** The values a profile's {@code preferredLanguage} accepts, in the account the options select. */
  public List<String> listSupportedLanguages(RequestOptions options) {
    return unmodifiable(execute(lookupsApi.listSupportedLanguages(key(options))));
  }

  /** The session timeout policies; their values, in seconds, are what {@code sessionTimeOut} accepts. */
  public List<TimeoutPolicy> listTimeoutPolicies() {
    return listTimeoutPolicies(RequestOptions.none());
  }

  /** The session timeout policies, in the account the options select. */
  public List<TimeoutPolicy> listTimeoutPolicies(RequestOptions options) {
    return unmodifiable(execute(lookupsApi.listTimeoutPolicies(key(options))));
  }

  /** The time zones; their {@code timezone} values are what a profile's {@code timeZone} accepts. */
  public List<TimeZone> listTimeZones() {
    return listTimeZones(RequestOptions.none());
  }

  /** The time zones, in the account the options select. */
  public List<TimeZone> listTimeZones(RequestOptions options) {
    return unmodifiable(execute(lookupsApi.listTimeZones(key(options))));
  }

  /**
   * The generated Retrofit interface for user operations, on this client's OkHttp stack (signed,
   * retried, logged; the client-wide account switch key is added when a call passes none; a
   * profile PUT missing a key or carrying a null is refused with InvalidProfileException). Its
   * calls return HTTP errors as responses instead of throwing.
   */
  public UsersApi usersApi() {
    return usersApi;
  }

  /** The generated Retrofit interface for the lookups, on this client's OkHttp stack. */
  public LookupsApi lookupsApi() {
    return lookupsApi;
  }

  /** The Gson this client reads and writes JSON with (nulls left out, HTML characters not escaped). */
  public Gson gson() {
    return gson;
  }

  /** The OkHttp client every call goes through, with this library's interceptors installed. */
  public OkHttpClient okHttpClient() {
    return httpClient;
  }

  /** The credential requests are signed with. */
  public EdgeGridCredential credential() {
    return settings.credential;
  }

  /** The account switch key calls use when they pass none: the builder's, else the credential's. */
  public Optional<String> accountSwitchKey() {
    return Optional.ofNullable(accountSwitchKey);
  }

  @Override
  public String toString() {
    return "IamClient{host=" + settings.credential.host()
        + (accountSwitchKey == null ? "" : ", accountSwitchKey=" + accountSwitchKey)
        + ", retryPolicy=" + settings.retryPolicy + "}";
  }

  private <T> T execute(Call<T> call) {
    return execute(call.request());
  }

  /** Sends a request a generated method built and reads its answer as that method's type. */
  private <T> T execute(Request request) {
    okhttp3.Call okCall = httpClient.newCall(request);
    try (okhttp3.Response answer = okCall.execute()) {
      if (!answer.isSuccessful()) {
        throw errors.fromAnswer(answer);
      }
      String text = answer.body().string();
      @SuppressWarnings("unchecked")
      T value = (T) json.read(text, JsonAnswers.answerType(request))
          .orElseThrow(() -> errors.unexpectedBody(answer, text));
      return value;
    } catch (IOException e) {
      throw errors.noAnswer(request, e, okCall.isCanceled());
    }
  }

  private static OkHttpClient httpClient(Builder s, OkHttpClient base, String accountSwitchKey) {
    boolean own = s.okHttpClient == null;
    OkHttpClient.Builder b = base.newBuilder();
    Duration read = timeout(s.readTimeout, own, DEFAULT_READ_TIMEOUT);
    if (read != null) {
      b.readTimeout(read).writeTimeout(read);
    }
    Optional.ofNullable(timeout(s.connectTimeout, own, DEFAULT_CONNECT_TIMEOUT)).ifPresent(b::connectTimeout);
    Optional.ofNullable(timeout(s.callTimeout, own, DEFAULT_CALL_TIMEOUT)).ifPresent(b::callTimeout);
    if (s.proxy != null) {
      b.proxy(s.proxy);
    }
    b.interceptors().addAll(s.interceptors);
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
    if (set != null) {
      return set;
    }
    return ownClient ? defaultValue : null;
  }

  private static String key(RequestOptions options) {
    return Objects.requireNonNull(options, "options").accountSwitchKey().orElse(null);
  }

  private static <T> List<T> unmodifiable(List<T> list) {
    return Collections.unmodifiableList(list);
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is missing or blank: pass the value exactly as"
          + " the IAM API gives it (for a user, its uiIdentityId such as A-B-1CDEFG).");
    }
  }

  /**
   * Builds an {@link IamClient}. Timeouts are {@link Duration}s; {@link Duration#ZERO} means no
   * timeout. When an OkHttpClient is supplied, a timeout left unset keeps that client's value.
   */
  public static final class Builder {
    private EdgeGridCredential credential;
    private String accountSwitchKey;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private OkHttpClient sharedDefault;
    private Proxy proxy;
    private boolean logBodies;
    private String userAgent = UserAgentInterceptor.defaultUserAgent(null);
    private final List<Interceptor> interceptors = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.real();
    private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
    private Logger wireLogger = LoggerFactory.getLogger(WireLoggingInterceptor.class);

    private Builder() {
    }

    /** Required: the EdgeGrid credential that signs every request; its host sets the base URL. */
    public Builder credential(EdgeGridCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    /**
     * The account switch key every call uses unless it passes its own (default: the credential's
     * {@code account_key}; null restores that default). Checked here: a malformed key is refused.
     */
    public Builder accountSwitchKey(String accountSwitchKey) {
      this.accountSwitchKey = accountSwitchKey == null ? null : AccountSwitchKeys.require(accountSwitchKey);
      return this;
    }

    /** Time to open a connection (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requireTimeout("connectTimeout", connectTimeout);
      return this;
    }

    /** Longest silence while reading an answer or writing a request, per attempt (default 30 s). */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = requireTimeout("readTimeout", readTimeout);
      return this;
    }

    /**
     * Longest time a whole call may take, retries and waits between them included (default 60 s);
     * retries that would end after it are not started.
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = requireTimeout("callTimeout", callTimeout);
      return this;
    }

    /** What is retried and how long to wait (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} to turn off). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * An OkHttpClient to build on (default: a new one). The client is extended with
     * {@code newBuilder()}, so its proxy, connection pool, dispatcher and interceptors are kept.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** The proxy to connect through (default: the OkHttpClient's, normally the system's proxy selector). */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** Whether DEBUG logging includes bodies, as JSON with personal data masked (default false). */
    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /** Words appended to the User-Agent, such as {@code my-tool/1.2} (default none). */
    public Builder userAgentSuffix(String userAgentSuffix) {
      this.userAgent = UserAgentInterceptor.defaultUserAgent(userAgentSuffix);
      return this;
    }

    /**
     * Adds an OkHttp application interceptor that runs once per call, before the account switch
     * key, retries and signing: for tracing, metrics, or checks that must stop a request before it
     * is sent. Interceptors run in the order added.
     */
    public Builder addInterceptor(Interceptor interceptor) {
      this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** The clock the retry budget is measured with (default the system clock); for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What waits between retries (default {@link Sleeper#real()}); for tests. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Numbers in [0, 1) for the retry jitter (default random); for tests. */
    public Builder jitterSource(DoubleSupplier jitterSource) {
      this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
      return this;
    }

    /** The logger request and response lines go to (default {@code io.github.iamuser.http.WireLoggingInterceptor}). */
    Builder wireLogger(Logger wireLogger) {
      this.wireLogger = Objects.requireNonNull(wireLogger, "wireLogger");
      return this;
    }

    /** Checks the settings and builds the client; nothing is sent. */
    public IamClient build() {
      if (credential == null) {
        throw new IllegalStateException("credential is not set: call credential(...) with the API"
            + " client's EdgeGrid credential (from ~/.edgerc or the AKAMAI_* environment).");
      }
      Builder snapshot = copy();
      if (snapshot.okHttpClient == null && snapshot.sharedDefault == null) {
        snapshot.sharedDefault = new OkHttpClient();
      }
      OkHttpClient base = snapshot.okHttpClient != null ? snapshot.okHttpClient : snapshot.sharedDefault;
      return new IamClient(snapshot, base);
    }

    private Builder copy() {
      Builder c = new Builder();
      c.credential = credential;
      c.accountSwitchKey = accountSwitchKey;
      c.connectTimeout = connectTimeout;
      c.readTimeout = readTimeout;
      c.callTimeout = callTimeout;
      c.retryPolicy = retryPolicy;
      c.okHttpClient = okHttpClient;
      c.sharedDefault = sharedDefault;
      c.proxy = proxy;
      c.logBodies = logBodies;
      c.userAgent = userAgent;
      c.interceptors.addAll(interceptors);
      c.clock = clock;
      c.sleeper = sleeper;
      c.jitterSource = jitterSource;
      c.wireLogger = wireLogger;
      return c;
    }

    private static Duration requireTimeout(String name, Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero (no timeout) or a positive"
            + " duration (got " + value + "), for example Duration.ofSeconds(30).");
      }
      return value;
    }
  }
}
