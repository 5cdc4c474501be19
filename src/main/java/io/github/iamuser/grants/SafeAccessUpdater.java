package io.github.iamuser.grants;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The safe way to change a user's role assignments or email notifications (IAM v3): read the user, apply
 * the caller's change to the whole part as read, check it, and PUT the whole part only when something
 * changed, then compare what the server stored with what was sent. Not thread-safe per user by itself:
 * {@code IamClient} runs each cycle under the user's lock.
 */
public final class SafeAccessUpdater {
    private final GrantsApi api;
    private final Map<List<Object>, List<?>> lookups = new ConcurrentHashMap<>();

    /** Updates through {@code api}. */
    public SafeAccessUpdater(GrantsApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Read-modify-write of the role assignments: GETs the user with {@code authGrants}, translates them to
     * the request's form, applies {@code change}, refuses (nothing written) what cannot be done or sent
     * safely, sends nothing when nothing changed, else PUTs every assignment (unless a dry run).
     *
     * @throws RefusedChangeException with every problem, before anything is written
     */
    public UpdateResult<List<AuthGrant>> updateGrants(
            String uiIdentityId, UpdateOptions options, Consumer<GrantsChange> change) {
        GrantsChange built = new GrantsChange();
        change.accept(built);
        String key = requireV3(options, "role assignments");
        User user = read(uiIdentityId, GetUserOptions.none().withAuthGrants(), key);
        List<AuthGrant> before = user.getAuthGrants() == null ? List.of() : user.getAuthGrants();
        Supplier<AccountGroups> groups = () -> new AccountGroups(cached("groups", key, () -> api.groups(key)));
        GrantTree tree = GrantTree.fromAnswer(before);
        List<Violation> problems = tree.apply(built, groups);
        if (options.checkLookups() && problems.isEmpty()) {
            problems.addAll(lookupProblems(built, groups.get(), cached("roles", key, () -> api.roles(key)), tree));
        }
        refuse("role assignments", problems);
        GrantTree was = GrantTree.fromAnswer(before).named(tree.names());
        List<FieldDiff> diff = PartDiff.between(was.meaning(), tree.meaning());
        if (diff.isEmpty()) {
            return new UpdateResult<>(Outcome.UNCHANGED, before, before, diff, null, List.of());
        }
        refuse("role assignments", tree.bodyViolations());
        String body = AccessBodies.grantsJson(tree.grants()).toString();
        if (options.dryRun()) {
            return new UpdateResult<>(Outcome.DRY_RUN, before, before, diff, body, List.of());
        }
        options.writeAheadHook()
                .beforeWrite(
                        uiIdentityId,
                        key,
                        part("authGrants", AccessBodies.grantsJson(was.grants())),
                        part("authGrants", AccessBodies.grantsJson(tree.grants())));
        List<AuthGrant> after = api.replaceGrants(uiIdentityId, tree.grants(), key);
        GrantTree stored = GrantTree.fromAnswer(after).named(tree.names());
        return new UpdateResult<>(
                Outcome.UPDATED, before, after, diff, body, PartDiff.between(tree.meaning(), stored.meaning()));
    }

    /**
     * Read-modify-write of the email notifications: GETs the user with {@code notifications}, applies
     * {@code change} to the settings as read, refuses what cannot be sent safely (a required member the
     * answer lacks), sends nothing when nothing changed, else PUTs the whole settings (unless a dry run).
     *
     * @throws RefusedChangeException with every problem, before anything is written
     */
    public UpdateResult<Notifications> updateNotifications(
            String uiIdentityId, UpdateOptions options, Consumer<NotificationsChange> change) {
        NotificationsChange built = new NotificationsChange();
        change.accept(built);
        String key = requireV3(options, "notifications");
        Notifications before = read(uiIdentityId, GetUserOptions.none().withNotifications(), key)
                .getNotifications();
        if (options.checkLookups() && !built.subscribed().isEmpty()) {
            List<String> known = cached("products", key, () -> api.notificationProducts(key));
            List<Violation> unknown = new ArrayList<>();
            built.subscribed().stream()
                    .filter(p -> !known.contains(p))
                    .forEach(p -> unknown.add(new Violation(
                            "product " + p,
                            "notification product",
                            "is not one of the account's notification products:"
                                    + " use a name exactly as they list it",
                            null)));
            refuse("notifications", unknown);
        }
        NotificationsState state = NotificationsState.fromAnswer(before);
        state.apply(built);
        List<FieldDiff> diff =
                PartDiff.between(NotificationsState.fromAnswer(before).meaning(), state.meaning());
        if (diff.isEmpty()) {
            return new UpdateResult<>(Outcome.UNCHANGED, before, before, diff, null, List.of());
        }
        refuse("notifications", AccessBodies.notificationsViolations(state.update()));
        JsonObject body = AccessBodies.notificationsJson(state.update());
        if (options.dryRun()) {
            return new UpdateResult<>(Outcome.DRY_RUN, before, before, diff, body.toString(), List.of());
        }
        JsonObject was = AccessBodies.notificationsJson(
                NotificationsState.fromAnswer(before).update());
        options.writeAheadHook()
                .beforeWrite(uiIdentityId, key, part("notifications", was), part("notifications", body));
        Notifications after = api.replaceNotifications(uiIdentityId, state.update(), key);
        List<FieldDiff> stored = PartDiff.between(
                state.meaning(), NotificationsState.fromAnswer(after).meaning());
        return new UpdateResult<>(Outcome.UPDATED, before, after, diff, body.toString(), stored);
    }

    /** With lookup checks: every group named is the account's, every role granted a group role of the account. */
    private static List<Violation> lookupProblems(
            GrantsChange change, AccountGroups groups, List<Role> roles, GrantTree tree) {
        List<Violation> problems = new ArrayList<>();
        for (GrantsChange.Op op : change.ops()) {
            if (!groups.has(op.groupId())) {
                problems.add(new Violation(
                        tree.label(op.groupId()),
                        "known group",
                        "is not a group of the account:" + " take the id from the list of groups",
                        null));
            }
            if (op.roleId() == null) {
                continue;
            }
            Role role = roles.stream()
                    .filter(r -> op.roleId().equals(r.getRoleId()))
                    .findFirst()
                    .orElse(null);
            if (role == null || "account".equals(role.getType())) {
                problems.add(new Violation(
                        tree.label(op.groupId()),
                        "group role",
                        "role " + op.roleId()
                                + (role == null
                                        ? " is not a role of the account"
                                        : " is an account-level role, not a group role")
                                + ": take a group role's id from the list of roles",
                        null));
            }
        }
        return problems;
    }

    private String requireV3(UpdateOptions options, String part) {
        if (api.version() != ApiVersion.V3) {
            throw new IllegalStateException("The " + part
                    + " of a user are updated through IAM v3 only, and this client"
                    + " speaks " + api.version() + " (v2 is decommissioned, and its request schemas differ): build it"
                    + " with apiVersion(ApiVersion.V3) (command line: --api-version 3). Nothing was sent.");
        }
        return Objects.requireNonNull(options, "options").accountSwitchKey();
    }

    /** GETs the user, refusing an answer about another user. */
    private User read(String uiIdentityId, GetUserOptions include, String key) {
        IamUser user = api.getUser(uiIdentityId, include, key);
        String answered = user.getUiIdentityId();
        if (answered != null && !answered.equalsIgnoreCase(uiIdentityId)) {
            refuse(
                    "user",
                    List.of(new Violation(
                            "uiIdentityId",
                            "same user",
                            "the server answered the GET of "
                                    + uiIdentityId + " with user " + answered
                                    + ", whose settings must not be written over "
                                    + uiIdentityId
                                    + ": check the uiIdentityId, and any proxy or cache between you and the API",
                            null)));
        }
        return (User) user;
    }

    /** A list read once per (kind, account), then answered from memory. */
    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String kind, String key, Supplier<List<T>> read) {
        return (List<T>) lookups.computeIfAbsent(
                Arrays.asList(kind, key),
                k -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(read.get())));
    }

    private static void refuse(String part, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new RefusedChangeException(part, problems);
        }
    }

    private static JsonObject part(String name, JsonElement value) {
        JsonObject part = new JsonObject();
        part.add(name, value);
        return part;
    }
}
