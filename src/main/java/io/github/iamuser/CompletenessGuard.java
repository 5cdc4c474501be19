package io.github.iamuser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp interceptor that refuses, before sending, any profile PUT whose body the bytes show to be
 * incomplete for the path's API version: v2, a key missing; v3, one of the fields that always hold a value
 * missing or empty, or an optional one sent as {@code ""} (v3 leaves it out). Either, a null, or a key that
 * is not a field of the version. The last guard, whatever built the body: the profile converter checks
 * the caller's model, where a cleared field and a dropped one still differ.
 */
final class CompletenessGuard implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String path = request.url().encodedPath();
        if ("PUT".equals(request.method()) && path.endsWith("/basic-info")) {
            ApiVersion version = ApiVersion.ofPath(path).orElse(ApiVersion.V3);
            List<Violation> violations = wireViolations(bodyOf(request), version);
            if (!violations.isEmpty()) {
                throw new InvalidProfileException(violations);
            }
        }
        return chain.proceed(request);
    }

    /**
     * What the finished bytes of a {@code version} PUT show wrong: a key that must be there and is not, a
     * null, an empty value v3 refuses, a key that is no field of {@code version}.
     */
    static List<Violation> wireViolations(JsonObject body, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (ProfileField field : ProfileField.of(version)) {
            String name = field.jsonName();
            JsonElement value = body.get(name);
            boolean empty = value instanceof JsonPrimitive p
                    && p.isString()
                    && p.getAsString().isEmpty();
            if (value == null ? !field.leftOutWhenEmptyIn(version) : value.isJsonNull()) {
                violations.add(missing(body, name));
            } else if (empty && version == ApiVersion.V3) {
                violations.add(new Violation(
                        name,
                        field.nonEmpty() ? "required" : "left out when empty",
                        field.nonEmpty()
                                ? "is empty, and must hold a value"
                                : "is \"\", which IAM v3 refuses (minLength 1): leave the key out for no value",
                        null));
            }
        }
        violations.addAll(unknownKeyViolations(body, version));
        return violations;
    }

    /**
     * The keys of a caller's {@code version} profile (before it becomes a body) that are missing, null, or not
     * fields of the version: every one of the 17 must be set, {@code ""} for no value.
     */
    static List<Violation> completenessViolations(JsonObject profile, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (String name : ProfileField.missingOrNull(profile, version)) {
            violations.add(missing(profile, name));
        }
        violations.addAll(unknownKeyViolations(profile, version));
        return violations;
    }

    private static Violation missing(JsonObject body, String name) {
        return new Violation(
                name,
                "required key",
                (body.has(name) ? "is null" : "is missing")
                        + ": the PUT replaces the whole profile, so the server would erase " + name
                        + "; set every field (\"\" for no value) or use the read-modify-write update",
                null);
    }

    private static List<Violation> unknownKeyViolations(JsonObject body, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (String key : ProfileField.unknownKeys(body, version)) {
            violations.add(ProfileField.fromJsonName(key)
                    .flatMap(other -> other.refusedIn(version))
                    .orElseGet(() -> new Violation(
                            key,
                            "profile field",
                            "is not a profile field (response-only fields such as uiIdentityId must not be sent);"
                                    + " remove it",
                            null)));
        }
        return violations;
    }

    private static JsonObject bodyOf(Request request) throws IOException {
        Buffer buffer = new Buffer();
        if (request.body() != null) {
            request.body().writeTo(buffer);
        }
        try {
            return JsonParser.parseString(buffer.readUtf8()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw InvalidProfileException.of(
                    "body", "JSON object", "is not a JSON object; send the complete profile as one", null);
        }
    }
}
