package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Get a user, and update a user's profile with IAM's full-replace semantics, each answered as the
 * version asked for shows a user (v2 does not show v3's additional authentication).
 */
final class UserEndpoints {
    /** Members of a stored user that only the query flag of the same name adds to an answer. */
    private static final List<String> FLAGS = List.of("actions", "authGrants", "notifications");

    private final Accounts accounts;

    UserEndpoints(Accounts accounts) {
        this.accounts = accounts;
    }

    /** {@code GET ui-identities/{id}}: the user, with the members its {@code true} flags ask for. */
    SandboxResponse get(SandboxRequest request, ApiVersion version, String switchKey, String uiIdentityId) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        Set<String> wanted = flags(request, FLAGS, errors);
        if (!errors.isEmpty()) {
            return Problems.validation(errors);
        }
        JsonObject user = accounts.find(switchKey, uiIdentityId);
        return user == null
                ? Problems.userNotFound()
                : SandboxResponse.json(
                        200, view(user, member -> !FLAGS.contains(member) || wanted.contains(member), version));
    }

    /** {@code PUT ui-identities/{id}/basic-info}: validates, then replaces the whole profile atomically. */
    SandboxResponse updateProfile(SandboxRequest request, ApiVersion version, String switchKey, String uiIdentityId) {
        SandboxResponse refused = PutBodyCheck.refusedUnread(request, accounts, switchKey, uiIdentityId);
        if (refused != null) {
            return refused;
        }
        PutBodyCheck.Result result = PutBodyCheck.validate(request.body(), version);
        if (!result.errors().isEmpty()) {
            return Problems.validation(result.errors());
        }
        JsonObject updated = accounts.replaceProfile(switchKey, uiIdentityId, result.profile(), version);
        return updated == null
                ? Problems.userNotFound()
                : SandboxResponse.json(200, view(updated, member -> !FLAGS.contains(member), version));
    }

    /** The flags among {@code names} whose query value is {@code true}; a value other than true or false is an error. */
    static Set<String> flags(SandboxRequest request, List<String> names, List<PutBodyCheck.FieldError> errors) {
        List<String> wanted = new ArrayList<>();
        for (String flag : names) {
            String value = request.query().get(flag);
            if (value == null || value.equalsIgnoreCase("false")) {
                continue;
            }
            if (value.equalsIgnoreCase("true")) {
                wanted.add(flag);
            } else {
                errors.add(new PutBodyCheck.FieldError(
                        flag,
                        "query parameter " + flag + "='" + value + "' is not a boolean: send " + flag
                                + "=true or leave it out."));
            }
        }
        return Set.copyOf(wanted);
    }

    /**
     * A copy of the stored user with the members {@code shown} keeps that {@code version} has, in its form: v3
     * leaves an optional text field with no value out, as its reference's {@code minLength: 1} says.
     */
    private static JsonObject view(JsonObject stored, java.util.function.Predicate<String> shown, ApiVersion version) {
        JsonObject view = new JsonObject();
        stored.entrySet().stream()
                .filter(member -> shown.test(member.getKey()))
                .filter(member -> version == ApiVersion.V3 || !SecondFactor.V3_ONLY.contains(member.getKey()))
                .forEach(member -> view.add(member.getKey(), member.getValue()));
        return ProfileField.wireForm(view, version);
    }
}
