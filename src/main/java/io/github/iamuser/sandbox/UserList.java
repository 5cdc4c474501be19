package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUserSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code GET ui-identities}: the users of the account as summaries (identity, names, email, login, last
 * login, two-factor and lock flags, and in v3 the additional authentication), sorted by id; {@code groupId}
 * keeps those with a role on that group (or a subgroup of it), and {@code authGrants} and {@code actions}
 * add those members.
 */
final class UserList {
    /** The members of a stored user that a summary carries: the properties of the library's {@link IamUserSummary}. */
    private static final List<String> SUMMARY = Arrays.stream(IamUserSummary.class.getMethods())
            .map(method -> method.getName().substring("get".length()))
            .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1))
            .sorted()
            .toList();

    private UserList() {}

    /** The answer to a list request of {@code version} over {@code users}, the account's stored users. */
    static SandboxResponse list(SandboxRequest request, List<JsonObject> users, ApiVersion version) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        Set<String> flags = UserEndpoints.flags(request, List.of("authGrants", "actions"), errors);
        String group = request.query().get("groupId");
        Long groupId = null;
        if (group != null) {
            try {
                groupId = Long.parseLong(group);
            } catch (NumberFormatException e) {
                errors.add(new PutBodyCheck.FieldError(
                        "groupId",
                        "query parameter groupId='" + group + "' is not a group's number: send groupId=12345"
                                + " or leave it out for every user."));
            }
        }
        if (!errors.isEmpty()) {
            return Problems.validation(errors);
        }
        JsonArray answer = new JsonArray();
        for (JsonObject user : users) {
            if (groupId != null && !inGroup(user.get("authGrants"), groupId)) {
                continue;
            }
            JsonObject summary = new JsonObject();
            SUMMARY.stream().filter(user::has).forEach(name -> summary.add(name, user.get(name)));
            if (version == ApiVersion.V3) {
                SecondFactor.V3_ONLY.forEach(name -> summary.add(name, user.get(name)));
            }
            flags.stream().filter(user::has).forEach(flag -> summary.add(flag, user.get(flag)));
            answer.add(summary);
        }
        return SandboxResponse.json(200, answer);
    }

    /** True when a role assignment, or one of its subgroups', is on {@code groupId}. */
    private static boolean inGroup(JsonElement grants, long groupId) {
        if (grants == null || !grants.isJsonArray()) {
            return false;
        }
        for (JsonElement grant : grants.getAsJsonArray()) {
            JsonObject g = grant.getAsJsonObject();
            if (g.has("groupId") && g.get("groupId").getAsLong() == groupId || inGroup(g.get("subGroups"), groupId)) {
                return true;
            }
        }
        return false;
    }
}
