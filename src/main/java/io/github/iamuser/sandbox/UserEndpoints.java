package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUserSummary;
import io.github.iamuser.profile.ProfileField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The user endpoints: list the users, get one, and replace a user's profile, role assignments or
 * notifications with IAM's full-replace semantics, each answered as the version asked for shows a user (v2 does
 * not show v3's additional authentication).
 */
final class UserEndpoints {
    /** Members of a stored user that only the query flag of the same name adds to an answer. */
    private static final List<String> FLAGS = List.of("actions", "authGrants", "notifications");

    /** The members of a stored user that a summary carries: the properties of the library's {@link IamUserSummary}. */
    private static final List<String> SUMMARY = Arrays.stream(IamUserSummary.class.getMethods())
            .map(method -> method.getName().substring("get".length()))
            .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1))
            .sorted()
            .toList();

    private final Accounts accounts;

    UserEndpoints(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * {@code GET ui-identities}: the users of the account as summaries (identity, names, email, login, last login,
     * two-factor and lock flags, and in v3 the additional authentication), sorted by id; {@code groupId} keeps
     * those with a role on that group (or a subgroup of it), and {@code authGrants} and {@code actions} add those
     * members.
     */
    SandboxResponse list(SandboxRouter.Call call) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        Set<String> flags = flags(call.request(), List.of("authGrants", "actions"), errors);
        String group = call.request().query().get("groupId");
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
        for (JsonObject user : accounts.all(call.switchKey())) {
            if (groupId != null && !inGroup(user.get("authGrants"), groupId)) {
                continue;
            }
            JsonObject summary = new JsonObject();
            SUMMARY.stream().filter(user::has).forEach(name -> summary.add(name, user.get(name)));
            if (call.version() == ApiVersion.V3) {
                SecondFactor.V3_ONLY.forEach(name -> summary.add(name, user.get(name)));
            }
            flags.stream().filter(user::has).forEach(flag -> summary.add(flag, user.get(flag)));
            answer.add(summary);
        }
        return SandboxResponse.json(200, answer);
    }

    /** {@code GET ui-identities/{id}}: the user, with the members its {@code true} flags ask for. */
    SandboxResponse get(SandboxRouter.Call call) {
        List<PutBodyCheck.FieldError> errors = new ArrayList<>();
        Set<String> wanted = flags(call.request(), FLAGS, errors);
        if (!errors.isEmpty()) {
            return Problems.validation(errors);
        }
        JsonObject user = accounts.find(call.switchKey(), call.named());
        return user == null
                ? Problems.userNotFound()
                : SandboxResponse.json(
                        200, view(user, member -> !FLAGS.contains(member) || wanted.contains(member), call.version()));
    }

    /** {@code PUT ui-identities/{id}/basic-info}: validates, then replaces the whole profile atomically. */
    SandboxResponse replaceProfile(SandboxRouter.Call call) {
        return put(
                call,
                body -> {
                    PutBodyCheck.Result result = PutBodyCheck.validate(body, call.version());
                    return new Update(
                            result.errors(), old -> Accounts.withProfile(old, result.profile(), call.version()));
                },
                updated -> view(updated, member -> !FLAGS.contains(member), call.version()));
    }

    /** {@code PUT ui-identities/{id}/auth-grants}: checks the whole list, then stores it in the answers' form. */
    SandboxResponse replaceGrants(SandboxRouter.Call call) {
        return replaceMember(call, "authGrants", AccessEndpoints::grants);
    }

    /** {@code PUT ui-identities/{id}/notifications}: checks the whole settings, then stores them. */
    SandboxResponse replaceNotifications(SandboxRouter.Call call) {
        return replaceMember(call, "notifications", AccessEndpoints::notifications);
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

    /** Replaces one member of the user whole with the body, as {@code check} stores it (null with errors: refused). */
    private SandboxResponse replaceMember(
            SandboxRouter.Call call,
            String member,
            BiFunction<JsonElement, List<PutBodyCheck.FieldError>, JsonElement> check) {
        return put(
                call,
                body -> {
                    JsonBodyReader.Parsed parsed = JsonBodyReader.read(body);
                    List<PutBodyCheck.FieldError> errors = new ArrayList<>(parsed.errors(member, member + "."));
                    JsonElement stored = errors.isEmpty() ? check.apply(parsed.value(), errors) : null;
                    return new Update(errors, old -> {
                        JsonObject updated = old.deepCopy();
                        updated.add(member, stored.deepCopy());
                        return updated;
                    });
                },
                updated -> updated.get(member));
    }

    /** What a PUT's body asks: the change of the stored user, unless errors refuse it. */
    private record Update(List<PutBodyCheck.FieldError> errors, UnaryOperator<JsonObject> change) {}

    /**
     * A PUT: refused unread (415 unless its body is JSON in UTF-8, 404 when the account has no such user), or with the errors {@code check} finds in its body (400), else the user
     * swapped atomically for the changed one and answered as {@code shown} shows it.
     */
    private SandboxResponse put(
            SandboxRouter.Call call, Function<byte[], Update> check, Function<JsonObject, JsonElement> shown) {
        String contentType = call.request().header("Content-Type");
        if (!isJsonInUtf8(contentType)) {
            return Problems.Kind.UNSUPPORTED_MEDIA_TYPE.answer((contentType == null
                            ? "The body has no Content-Type"
                            : "The body's Content-Type is '" + contentType + "'")
                    + ": send the profile as JSON in UTF-8, with Content-Type: application/json.");
        }
        if (accounts.find(call.switchKey(), call.named()) == null) {
            return Problems.userNotFound();
        }
        Update update = check.apply(call.request().body());
        if (!update.errors().isEmpty()) {
            return Problems.validation(update.errors());
        }
        JsonObject updated = accounts.replace(call.switchKey(), call.named(), update.change());
        return updated == null ? Problems.userNotFound() : SandboxResponse.json(200, shown.apply(updated));
    }

    /** True for a Content-Type of JSON, in UTF-8 when it names a charset. */
    private static boolean isJsonInUtf8(String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        boolean json = parts[0].trim().equalsIgnoreCase("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String[] parameter = parts[i].split("=", 2);
            json = !parameter[0].trim().equalsIgnoreCase("charset")
                    || parameter.length == 2
                            && parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8");
        }
        return json;
    }

    /**
     * A copy of the stored user with the members {@code shown} keeps that {@code version} has, in its form: v3
     * leaves an optional text field with no value out, as its reference's {@code minLength: 1} says.
     */
    private static JsonObject view(JsonObject stored, Predicate<String> shown, ApiVersion version) {
        JsonObject view = new JsonObject();
        stored.entrySet().stream()
                .filter(member -> shown.test(member.getKey()))
                .filter(member -> version == ApiVersion.V3 || !SecondFactor.V3_ONLY.contains(member.getKey()))
                .forEach(member -> view.add(member.getKey(), member.getValue()));
        return ProfileField.wireForm(view, version);
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
