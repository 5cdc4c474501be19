package io.github.iamuser.profile;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.options.UpdateOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The safe way to update a profile: read the user, apply the caller's changes, validate, and PUT
 * the complete profile only when something changed, then check what the server stored.
 */
public final class SafeProfileUpdater {
    private final ProfileApi api;
    private final Gson gson;
    private final LookupValidator lookupValidator;

    /** Updates through {@code api}, serializing with the client's {@code gson}. */
    public SafeProfileUpdater(ProfileApi api, Gson gson) {
        this.api = Objects.requireNonNull(api, "api");
        this.gson = Objects.requireNonNull(gson, "gson");
        this.lookupValidator = new LookupValidator(new CachedLookups(api));
    }

    /** Read-modify-write of one user's profile with the default options. */
    public ProfileUpdateResult update(String uiIdentityId, Consumer<ProfileChange> edit) {
        return update(uiIdentityId, UpdateOptions.defaults(), edit);
    }

    /**
     * Read-modify-write: GETs the user, applies {@code edit}, refuses with every violation at once
     * ({@link InvalidProfileException}, nothing written), sends nothing when nothing changed, else
     * PUTs the complete profile (unless a dry run) and compares the answer with what was sent.
     */
    public ProfileUpdateResult update(String uiIdentityId, UpdateOptions options, Consumer<ProfileChange> edit) {
        ProfileChange change = new ProfileChange();
        edit.accept(change);
        return update(uiIdentityId, options, change);
    }

    /** Read-modify-write with a change built beforehand (see {@link #update(String, UpdateOptions, Consumer)}). */
    public ProfileUpdateResult update(String uiIdentityId, UpdateOptions options, ProfileChange change) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(change, "change");
        String key = options.accountSwitchKey();
        User before = api.getUser(uiIdentityId, key);
        ProfilePlan plan = ProfilePlan.of(gson.toJsonTree(before).getAsJsonObject(), change);
        JsonObject planned = plan.body();

        List<Violation> violations = new ArrayList<>(plan.violations());
        if (options.checkLookups() && violations.isEmpty()) {
            violations.addAll(lookupValidator.validate(planned, plan.changedFields(), key));
        }
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        if (plan.diff().isEmpty()) {
            return new ProfileUpdateResult(
                    ProfileUpdateResult.Outcome.UNCHANGED, before, before, List.of(), null, List.of());
        }
        ProfileBody body = ProfileBody.complete(planned);
        if (options.dryRun()) {
            return new ProfileUpdateResult(
                    ProfileUpdateResult.Outcome.DRY_RUN, before, before, plan.diff(), body.text(), List.of());
        }
        User after = api.replaceProfile(uiIdentityId, body, key);
        JsonObject stored = ProfilePlan.profileOf(gson.toJsonTree(after).getAsJsonObject());
        return new ProfileUpdateResult(
                ProfileUpdateResult.Outcome.UPDATED,
                before,
                after,
                plan.diff(),
                body.text(),
                ProfilePlan.difference(planned, stored));
    }
}
