package io.github.iamuser.profile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp interceptor that refuses, before sending, any profile PUT whose body lacks a key, carries
 * a null, or adds a key that is not a field of the path's API version: the last guard, whatever built
 * the body (the profile converter checks the same; this catches a caller's own interceptor or {@code
 * okHttpClient()}).
 */
public final class CompletenessGuard implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String path = request.url().encodedPath();
        if ("PUT".equals(request.method()) && path.endsWith("/basic-info")) {
            ApiVersion version = ApiVersion.ofPath(path).orElse(ApiVersion.V2);
            List<Violation> violations = completenessViolations(bodyOf(request), version);
            if (!violations.isEmpty()) {
                throw new InvalidProfileException(violations);
            }
        }
        return chain.proceed(request);
    }

    /** The keys of a profile body that are missing, null, or not fields of {@code version}'s profile. */
    static List<Violation> completenessViolations(JsonObject body, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (String name : Field.missingOrNull(body, version)) {
            violations.add(new Violation(
                    name,
                    "required key",
                    (body.has(name) ? "is null" : "is missing")
                            + ": the PUT replaces the whole profile, so the server would erase " + name
                            + "; send every field (\"\" for no value) or use the read-modify-write update",
                    null));
        }
        for (String key : Field.unknownKeys(body, version)) {
            violations.add(Field.fromJsonName(key)
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
