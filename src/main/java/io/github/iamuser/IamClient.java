package io.github.iamuser;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.grants.GrantsChange;
import io.github.iamuser.grants.NotificationsChange;
import io.github.iamuser.grants.SafeAccessUpdater;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.IamUserSummary;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point: an immutable, thread-safe client for the IAM user operations of API v3 or v2
 * (chosen once on the builder; default v3), with EdgeGrid signing, account switching, retries, timeouts,
 * logging and typed errors.
 *
 * <pre>{@code
 * IamClient iam = IamClient.builder().credential(credential).build();
 * UpdateResult<IamUser> result = iam.updateProfile("A-B-1CDEFG",
 *     change -> change.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE));
 * }</pre>
 *
 * <p>{@link #updateProfile} is the safe way to change a profile: it reads the user, applies the
 * change, validates, and sends the complete profile. Every profile PUT this client sends, whatever
 * path built it, carries every field that holds a value (v2: all 17 keys) and no null; an incomplete one is
 * refused before it is sent.
 *
 * <p>Every operation runs synchronously and returns the answer or throws a subclass of {@link IamException}
 * (one per status, see {@code io.github.iamuser.errors}; {@link ConnectionException}: no answer). Invalid
 * arguments are an {@link IllegalArgumentException} and nothing is sent. Close a client when done with it.
 */
public final class IamClient implements AutoCloseable {
    private final IamClientBuilder settings;
    private final ClientStack stack;
    private final VersionedCalls calls;
    private final Lookups lookups;
    private final SafeProfileUpdater profiles;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SafeAccessUpdater access;

    IamClient(IamClientBuilder settings) {
        this.settings = settings;
        this.stack = new ClientStack(settings, closed::get);
        this.calls = new VersionedCalls(settings.apiVersion, stack, new ResponseErrors(settings.clock, stack.http));
        this.lookups = new Lookups(calls);
        this.profiles = new SafeProfileUpdater(calls, stack.gson);
        this.access = new SafeAccessUpdater(calls);
    }

    /** Starts a client; only {@link IamClientBuilder#credential} is required. */
    public static IamClientBuilder builder() {
        return new IamClientBuilder();
    }

    /**
     * A sibling client whose calls run in the account the key selects (null: the credential's
     * {@code account_key}, if any); it shares this client's connection pool and dispatcher (see {@link #close()}).
     */
    public IamClient withAccountSwitchKey(String accountSwitchKey) {
        return withOptions(b -> b.accountSwitchKey(accountSwitchKey));
    }

    /**
     * A sibling client with changed settings, for example
     * {@code iam.withOptions(b -> b.readTimeout(Duration.ofMinutes(2)))}; it shares this client's
     * connection pool and dispatcher unless the change supplies another OkHttpClient (see {@link #close()}).
     */
    public IamClient withOptions(Consumer<IamClientBuilder> changes) {
        if (closed.get()) {
            throw new IllegalStateException("this IamClient is closed: make siblings of a client that is open.");
        }
        IamClientBuilder copy = settings.copy();
        changes.accept(copy);
        return copy.build();
    }

    /** Gets a user's profile and account details, as the generated {@code User} of the client's version. */
    public IamUser getUser(String uiIdentityId) {
        return getUser(uiIdentityId, GetUserOptions.none());
    }

    /** Gets a user with the optional members the flags ask for. */
    public IamUser getUser(String uiIdentityId, GetUserOptions include) {
        return calls.getUser(uiIdentityId, Objects.requireNonNull(include, "include"), null);
    }

    /**
     * Lists the users of the client's account, of one group when {@code groupId} is not
     * null: summaries (identity, names, email, flags; the generated {@code UserSummary} of the client's
     * version), not whole profiles; get each user for the rest.
     *
     * @throws IllegalArgumentException when {@code groupId} is below 1 (no group has such an id); nothing is sent
     */
    public List<IamUserSummary> listUsers(Long groupId) {
        return calls.listUsers(groupId, null);
    }

    /** The ids of the users {@link #listUsers} lists, in its order, read as the answer streams in (for large accounts). */
    public List<String> listUserIds(Long groupId) {
        return calls.listUserIds(groupId, null);
    }

    /**
     * Read-modify-write, the recommended way to update a profile: GETs the user, applies
     * {@code change} (for example {@code c -> c.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE)}),
     * validates, sends nothing when nothing changed, else PUTs the complete profile and reports what
     * changed and anything the server stored differently.
     *
     * @throws RefusedChangeException with every broken rule, before anything is written
     */
    public UpdateResult<IamUser> updateProfile(String uiIdentityId, Consumer<ProfileChange> change) {
        return updateProfile(uiIdentityId, UpdateOptions.defaults(), change);
    }

    /**
     * Read-modify-write with options: the account, dry run (returns the difference and the exact
     * body that would be sent, and sends nothing but GETs), and checks against the lookups.
     */
    public UpdateResult<IamUser> updateProfile(
            String uiIdentityId, UpdateOptions options, Consumer<ProfileChange> change) {
        ProfileChange built = new ProfileChange();
        change.accept(built);
        return updateProfile(uiIdentityId, options, built);
    }

    /**
     * Read-modify-write with a change built beforehand, for example from command-line arguments.
     * Cycles on one user (same host, account and id, the id's letter case aside) run one at a time in
     * this JVM ({@link UserLock}), so that concurrent updates of one user never undo each other.
     *
     * @throws java.util.concurrent.CancellationException when the thread is interrupted while it waits for another update of
     *     the user; the interrupt flag stays set and nothing was sent
     */
    public UpdateResult<IamUser> updateProfile(String uiIdentityId, UpdateOptions options, ProfileChange change) {
        return oneAtATime(uiIdentityId, options, () -> profiles.update(uiIdentityId, options, change));
    }

    /** Read-modify-write of a user's role assignments (IAM v3) with the default options; see the next method. */
    public UpdateResult<List<AuthGrant>> updateGrants(String uiIdentityId, Consumer<GrantsChange> change) {
        return updateGrants(uiIdentityId, UpdateOptions.defaults(), change);
    }

    /** Read-modify-write of a user's role assignments (v3), e.g. {@code c -> c.grant(12345, 3)}: {@link SafeAccessUpdater}. */
    public UpdateResult<List<AuthGrant>> updateGrants(
            String uiIdentityId, UpdateOptions options, Consumer<GrantsChange> change) {
        return oneAtATime(uiIdentityId, options, () -> access.updateGrants(uiIdentityId, options, change));
    }

    /** Read-modify-write of a user's notifications (IAM v3) with the default options; see the next method. */
    public UpdateResult<Notifications> updateNotifications(String id, Consumer<NotificationsChange> change) {
        return updateNotifications(id, UpdateOptions.defaults(), change);
    }

    /** Read-modify-write of a user's notifications (v3), e.g. {@code c -> c.passwordExpiry(true)}: {@link SafeAccessUpdater}. */
    public UpdateResult<Notifications> updateNotifications(
            String uiIdentityId, UpdateOptions options, Consumer<NotificationsChange> change) {
        return oneAtATime(uiIdentityId, options, () -> access.updateNotifications(uiIdentityId, options, change));
    }

    /** Runs cycles on one user (host, account, id) one at a time in this JVM, so that none undoes another's. */
    private <T> T oneAtATime(String uiIdentityId, UpdateOptions options, Supplier<T> cycle) {
        VersionedCalls.requireText("uiIdentityId", uiIdentityId);
        String account = Objects.requireNonNull(options, "options").accountSwitchKey();
        String key = UserLock.key(
                settings.credential.host(), account != null ? account : stack.accountSwitchKey, uiIdentityId);
        return UserLock.oneAtATime(key, uiIdentityId, cycle);
    }

    /**
     * The raw full replace, for callers that hold the complete profile (prefer {@link #updateProfile}): all 17
     * fields set ({@code ""} for no value, left out of a v3 body); a null field (it would be erased) or a broken
     * rule is refused before sending. Retried on 429, 502, 503, 504 and network failures, never on another 4xx or 500.
     *
     * @throws RefusedChangeException naming every missing field or broken rule; nothing is sent
     */
    public User replaceProfile(String uiIdentityId, UserProfileUpdate profile) {
        return (User) calls.replaceWholeProfile(uiIdentityId, profile, null);
    }

    /** The raw full replace with an IAM v3 profile, for a client built with {@code apiVersion(ApiVersion.V3)}. */
    public io.github.iamuser.generated.v3.model.User replaceProfile(
            String uiIdentityId, io.github.iamuser.generated.v3.model.UserProfileUpdate profile) {
        return (io.github.iamuser.generated.v3.model.User) calls.replaceWholeProfile(uiIdentityId, profile, null);
    }

    /** The lookups: the values contactType, country, state, preferredLanguage, sessionTimeOut and timeZone accept. */
    public Lookups lookups() {
        return lookups;
    }

    /**
     * IAM v3's generated Retrofit interface for user operations on this client's stack (signed, retried, logged,
     * the client's switch key added); a profile PUT's model lacking a field is refused, {@code ""} left out; the
     * auth-grants and notifications PUTs' bodies are checked too. HTTP errors come back as responses. v2's: {@link #usersApiV2}.
     */
    public io.github.iamuser.generated.v3.api.UsersApi usersApi() {
        return calls.usersV3;
    }

    /** IAM v3's generated Retrofit interface for the lookups, on this client's OkHttp stack. */
    public io.github.iamuser.generated.v3.api.LookupsApi lookupsApi() {
        return calls.lookupsV3;
    }

    /** IAM v2's generated Retrofit interface for user operations, on this client's stack as {@link #usersApi} is. */
    public io.github.iamuser.generated.api.UsersApi usersApiV2() {
        return calls.users;
    }

    /** IAM v2's generated Retrofit interface for the lookups, on this client's stack. */
    public io.github.iamuser.generated.api.LookupsApi lookupsApiV2() {
        return calls.lookups;
    }

    /** The version of IAM this client speaks: its paths and its profile fields. */
    public ApiVersion apiVersion() {
        return calls.version();
    }

    /** The OkHttp client the calls go through, with the library's interceptors (for tests of the stack). */
    okhttp3.OkHttpClient http() {
        return stack.http;
    }

    /** The credential requests are signed with. */
    public EdgeGridCredential credential() {
        return settings.credential;
    }

    /** The account switch key calls use when they pass none: the builder's, else the credential's. */
    public Optional<String> accountSwitchKey() {
        return Optional.ofNullable(stack.accountSwitchKey);
    }

    /**
     * Closes this client: its calls are refused from then on. What it shares with its siblings ({@link
     * #withOptions}) is released when the last of them is closed; an OkHttpClient given to the builder is left to its owner.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && settings.sharedDefault != null) {
            settings.sharedDefault.close();
        }
    }

    @Override
    public String toString() {
        return "IamClient{" + apiVersion() + ", host=" + settings.credential.host()
                + (stack.accountSwitchKey == null ? "" : ", accountSwitchKey=" + stack.accountSwitchKey)
                + ", retryPolicy=" + settings.retryPolicy + "}";
    }
}
