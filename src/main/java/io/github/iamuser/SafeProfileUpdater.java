package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The safe way to update a profile: read the user, apply the caller's changes, validate, and PUT
 * the complete profile only when something changed, then check what the server stored.
 */
final class SafeProfileUpdater {
    private final VersionedCalls api;
    private final Gson gson;
    private final Map<List<Object>, List<String>> lookups = new ConcurrentHashMap<>();

    /** Updates through {@code api}, serializing with the client's {@code gson}. */
    SafeProfileUpdater(VersionedCalls api, Gson gson) {
        this.api = Objects.requireNonNull(api, "api");
        this.gson = Objects.requireNonNull(gson, "gson");
    }

    /**
     * Read-modify-write: refuses a field of the other API version before anything is sent, GETs the
     * user (refusing an answer about another user), applies {@code change}, refuses with every violation at once ({@link RefusedChangeException},
     * nothing written), sends nothing when nothing changed, else PUTs the complete profile (unless a dry
     * run) and compares the answer with what was sent.
     */
    UpdateResult<IamUser> update(String uiIdentityId, UpdateOptions options, ProfileChange change) {
        String key = Objects.requireNonNull(options, "options").accountSwitchKey();
        ApiVersion version = api.version();
        List<Violation> otherVersion = Objects.requireNonNull(change, "change").refusedIn(version);
        if (!otherVersion.isEmpty()) {
            throw new RefusedChangeException("profile", otherVersion);
        }
        IamUser before = api.getUser(uiIdentityId, key);
        String answered = before.getUiIdentityId();
        if (answered != null && !UserLock.canonicalId(answered).equals(UserLock.canonicalId(uiIdentityId))) {
            throw RefusedChangeException.of(
                    "uiIdentityId",
                    "same user",
                    "the server answered the GET of " + uiIdentityId + " with user " + answered + ", whose profile"
                            + " must not be written over " + uiIdentityId + "; nothing was sent: check the"
                            + " uiIdentityId, and any proxy or cache between you and the API",
                    null);
        }
        Plan plan = plan(gson.toJsonTree(before).getAsJsonObject(), change, version);
        List<Violation> violations = new ArrayList<>(plan.violations());
        if (options.checkLookups() && violations.isEmpty()) {
            violations.addAll(ProfileValidator.validateLookups(
                    plan.body(), plan.changed(), (field, country) -> lookup(field, country, key)));
        }
        if (!violations.isEmpty()) {
            throw new RefusedChangeException("profile", violations);
        }
        if (plan.diff().isEmpty()) {
            return new UpdateResult<>(Outcome.UNCHANGED, before, before, List.of(), null, List.of());
        }
        ProfileBody body = new ProfileBody(plan.body(), version); // its completeness is among the plan's checks
        if (options.dryRun()) {
            return new UpdateResult<>(Outcome.DRY_RUN, before, before, plan.diff(), body.text(), List.of());
        }
        options.writeAheadHook()
                .beforeWrite(uiIdentityId, key, plan.before(), plan.body().deepCopy());
        IamUser after = api.replaceProfile(uiIdentityId, body, key);
        JsonObject stored = after.profile();
        List<FieldDiff> serverDifferences = FieldDiff.between(plan.body(), stored);
        return new UpdateResult<>(Outcome.UPDATED, before, after, plan.diff(), body.text(), serverDifferences);
    }

    /** A lookup's values, asked once per (field, country, account), then answered from memory. */
    private List<String> lookup(ProfileField field, String country, String key) {
        // Arrays.asList, unlike List.of, takes the null key of the client's own account.
        return lookups.computeIfAbsent(
                Arrays.asList(field, country, key), k -> List.copyOf(api.lookup(field, country, key)));
    }

    /** What a change does to a profile (read as {@code before}), worked out before anything is sent. */
    record Plan(
            JsonObject before,
            JsonObject body,
            List<FieldDiff> diff,
            Set<String> changed,
            List<Violation> violations) {}

    /** Applies {@code change} to the {@code version} profile of {@code user} (a GET's JSON; absent text counts as ""). */
    static Plan plan(JsonObject user, ProfileChange change, ApiVersion version) {
        JsonObject before = ProfileField.profileOf(user, version);
        JsonObject after = change.applyTo(before);
        List<FieldDiff> diff = FieldDiff.between(before, after);
        Set<String> changed = diff.stream().map(FieldDiff::field).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>(ProfileBody.incompleteness(after, version));
        for (ProfileField field : ProfileField.of(version)) {
            String name = field.jsonName();
            if (changed.contains(name) || !(after.get(name) instanceof JsonPrimitive p) || !p.isString()) {
                continue;
            }
            if (field.nonEmpty() && p.getAsString().isBlank()) {
                String message = "the server returned it empty, but it must hold a value and the PUT sends it back;"
                        + " set one in this change, for example " + field.example();
                violations.add(new Violation(name, "required", message, null));
            } else if (!field.allowedValues().isEmpty()
                    && !field.allowedValues().contains(p.getAsString())) {
                String message = "the server returned a value this client cannot send back; set one of "
                        + String.join(", ", field.allowedValues()) + " in this change";
                violations.add(new Violation(
                        name, "one of " + String.join(", ", field.allowedValues()), message, p.getAsString()));
            }
        }
        if (changed.contains("email") && !change.emailChangeAllowed()) {
            String message = "is the user's login identity, so changing it changes how they sign in; confirm with"
                    + " allowEmailChange() (command line: --allow-email-change)";
            violations.add(new Violation("email", "email change not confirmed", message, null));
        }
        violations.addAll(new ProfileValidator().validate(after, changed));
        return new Plan(before, after, diff, changed, violations);
    }
}
