package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Get a user, and update a user's profile with IAM's full-replace semantics. */
final class UserEndpoints {
    /** Members of a stored user that only the query flag of the same name adds to an answer. */
    private static final List<String> FLAGS = List.of("actions", "authGrants", "notifications");

    private final Accounts accounts;

    UserEndpoints(Accounts accounts) {
        this.accounts = accounts;
    }

    /** {@code GET ui-identities/{id}}: the user, with the members its {@code true} flags ask for. */
    SandboxResponse get(SandboxRequest request, String switchKey, String uiIdentityId) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (String flag : FLAGS) {
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
        if (!errors.isEmpty()) {
            return Problems.validation(errors);
        }
        JsonObject user = accounts.find(switchKey, uiIdentityId);
        return user == null ? Problems.userNotFound() : SandboxResponse.json(200, view(user, Set.copyOf(wanted)));
    }

    /** {@code PUT ui-identities/{id}/basic-info}: validates, then replaces the whole profile atomically. */
    SandboxResponse updateProfile(SandboxRequest request, String switchKey, String uiIdentityId) {
        String mediaProblem = PutBodyCheck.contentTypeProblem(request.header("Content-Type"));
        if (mediaProblem != null) {
            return Problems.Kind.UNSUPPORTED_MEDIA_TYPE.answer(mediaProblem);
        }
        if (accounts.find(switchKey, uiIdentityId) == null) {
            return Problems.userNotFound();
        }
        PutBodyCheck.Result result = PutBodyCheck.validate(request.body());
        if (!result.errors().isEmpty()) {
            return Problems.validation(result.errors());
        }
        JsonObject updated = accounts.replaceProfile(switchKey, uiIdentityId, result.profile());
        return updated == null ? Problems.userNotFound() : SandboxResponse.json(200, view(updated, Set.of()));
    }

    /** A copy of the stored user without the flag-only members that were not asked for. */
    private static JsonObject view(JsonObject stored, Set<String> wanted) {
        JsonObject view = new JsonObject();
        stored.entrySet().stream()
                .filter(member -> !FLAGS.contains(member.getKey()) || wanted.contains(member.getKey()))
                .forEach(member -> view.add(member.getKey(), member.getValue()));
        return view;
    }
}
