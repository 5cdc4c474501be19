package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * OkHttp interceptor that refuses, before sending, any profile PUT whose body lacks a key, carries
 * a null, or adds a key that is not a profile field: the last guard, whatever path built the body
 * (Retrofit's profile converter checks the same before it makes the body; this catches a body
 * made any other way, such as by a caller's own interceptor or through {@code okHttpClient()}).
 */
public final class CompletenessGuard implements Interceptor {
    private static final String PROFILE_PATH_END = "/basic-info";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (isProfileReplace(request)) {
            List<Violation> violations = completenessViolations(bodyOf(request));
            if (!violations.isEmpty()) {
                throw new InvalidProfileException(violations);
            }
        }
        return chain.proceed(request);
    }

    /** The keys of a profile body that are missing, null, or not profile fields. */
    static List<Violation> completenessViolations(JsonObject body) {
        List<Violation> violations = new ArrayList<>();
        for (String name : Field.missingOrNull(body)) {
            violations.add(Violation.of(
                    name,
                    "required key",
                    (body.has(name) ? "is null" : "is missing")
                            + ": the PUT replaces the whole profile, so the server would erase " + name
                            + "; send every field (\"\" for no value) or use the read-modify-write update",
                    null));
        }
        for (String key : Field.unknownKeys(body)) {
            violations.add(Violation.of(
                    key,
                    "profile field",
                    "is not a profile field (response-only"
                            + " fields such as uiIdentityId must not be sent); remove it",
                    null));
        }
        return violations;
    }

    private static boolean isProfileReplace(Request request) {
        return "PUT".equals(request.method()) && request.url().encodedPath().endsWith(PROFILE_PATH_END);
    }

    private static JsonObject bodyOf(Request request) throws IOException {
        if (request.body() == null) {
            throw notAnObject("no body");
        }
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        try {
            JsonElement json = JsonParser.parseString(buffer.readString(StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw notAnObject("a JSON " + (json.isJsonArray() ? "array" : "value"));
            }
            return json.getAsJsonObject();
        } catch (JsonParseException e) {
            throw notAnObject("text that is not JSON");
        }
    }

    private static InvalidProfileException notAnObject(String what) {
        return new InvalidProfileException(List.of(Violation.of(
                "body",
                "JSON object",
                "the profile PUT carried " + what + "; send the complete profile as a JSON object",
                null)));
    }
}
