package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.options.ApiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Test helper: a real OkHttp client that signs with the project's EdgeGrid interceptor and calls a sandbox. */
final class SignedClient {
    static final String USERS = "identity-management/v2/user-admin/ui-identities/";
    static final String COMMON = "identity-management/v2/user-admin/common/";
    private static final MediaType JSON = MediaType.get("application/json");

    private final String baseUrl;
    private final OkHttpClient http;

    private SignedClient(String baseUrl, OkHttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    /** Signs with the sandbox's own credential. */
    static SignedClient of(IamSandbox sandbox) {
        return of(sandbox, sandbox.credential(), new OkHttpClient.Builder());
    }

    /** Signs with {@code credential} over a client built from {@code builder}. */
    static SignedClient of(IamSandbox sandbox, EdgeGridCredential credential, OkHttpClient.Builder builder) {
        return new SignedClient(
                sandbox.baseUrl(),
                builder.addNetworkInterceptor(TestSigning.signing(credential)).build());
    }

    /** Does not sign: requests carry only the headers the test gives them. */
    static SignedClient unsigned(IamSandbox sandbox) {
        return new SignedClient(sandbox.baseUrl(), new OkHttpClient());
    }

    /** The sandbox's base URL plus a relative path. */
    String url(String relative) {
        return baseUrl + relative;
    }

    /** GET of a path (and query) relative to the base URL. */
    Answer get(String relative) {
        return send(new Request.Builder().url(baseUrl + relative).get());
    }

    /** PUT of a JSON text to a path relative to the base URL. */
    Answer put(String relative, String json) {
        return send(new Request.Builder().url(baseUrl + relative).put(RequestBody.create(json, JSON)));
    }

    /** The path of {@code version}'s users relative to the base URL, ending in {@code /}. */
    static String users(ApiVersion version) {
        return version.pathPrefix().substring(1) + "user-admin/ui-identities/";
    }

    /** GET of a user in v2, in the own account (switch key null) or another. */
    Answer getUser(String switchKey, String uiIdentityId) {
        return getUser(ApiVersion.V2, switchKey, uiIdentityId);
    }

    /** GET of a user in {@code version}, in the own account (switch key null) or another. */
    Answer getUser(ApiVersion version, String switchKey, String uiIdentityId) {
        return get(users(version) + uiIdentityId + (switchKey == null ? "" : "?accountSwitchKey=" + switchKey));
    }

    /** PUT basic-info of a user in v2, in the own account (switch key null) or another. */
    Answer putProfile(String switchKey, String uiIdentityId, JsonObject profile) {
        return putProfile(ApiVersion.V2, switchKey, uiIdentityId, profile);
    }

    /** PUT basic-info of a user in {@code version}, in the own account (switch key null) or another. */
    Answer putProfile(ApiVersion version, String switchKey, String uiIdentityId, JsonObject profile) {
        return put(
                users(version) + uiIdentityId + "/basic-info"
                        + (switchKey == null ? "" : "?accountSwitchKey=" + switchKey),
                profile.toString());
    }

    /** Sends a request and reads the whole answer. */
    Answer send(Request.Builder request) {
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(
                    response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole HTTP answer. */
    record Answer(int status, Headers headers, String body) {
        /** The body parsed as JSON. */
        JsonElement json() {
            return JsonParser.parseString(body);
        }

        /** The body parsed as a JSON object. */
        JsonObject object() {
            return json().getAsJsonObject();
        }

        /** The detail of a 400's one error, which must be about {@code field}. */
        String onlyError(String field) {
            assertEquals(400, status, body);
            JsonArray errors = object().getAsJsonArray("errors");
            assertEquals(1, errors.size(), body);
            JsonObject error = errors.get(0).getAsJsonObject();
            assertEquals(field, error.get("field").getAsString(), body);
            return error.get("detail").getAsString();
        }
    }
}
