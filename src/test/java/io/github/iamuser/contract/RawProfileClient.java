package io.github.iamuser.contract;

import au.com.dius.pact.consumer.MockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A deliberately bare client for the broken-client tests: plain OkHttp that signs with the
 * library's EdgeGrid interceptor and sends hand-built JSON, with none of {@code IamClient}'s
 * guards, so that only the contract can catch what it gets wrong.
 */
final class RawProfileClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final ApiVersion version;

    /** A client of IAM v2 for Pact's mock server, signing with the example credential. */
    RawProfileClient(MockServer mockServer) {
        this(mockServer, ApiVersion.V2);
    }

    /** A client of {@code version}'s paths and fields for Pact's mock server, signing with the example credential. */
    RawProfileClient(MockServer mockServer, ApiVersion version) {
        this.version = version;
        EdgeGridCredential credential = ContractClients.credential(mockServer.getPort());
        this.baseUrl = HttpUrl.get(credential.baseUrl());
        this.http = new OkHttpClient.Builder()
                .addNetworkInterceptor(TestSigning.signing(credential))
                .build();
    }

    /**
     * The 17 profile fields (of the client's version) of a user, read with a GET (in the account of the key; null: own account)
     * that sends the three flags as {@code false} when {@code sendFlags}, else no flag at all.
     */
    JsonObject readProfile(String uiIdentityId, String accountSwitchKey, boolean sendFlags) {
        HttpUrl.Builder url =
                url("/ui-identities/" + uiIdentityId, accountSwitchKey).newBuilder();
        if (sendFlags) {
            url.addQueryParameter("actions", "false")
                    .addQueryParameter("authGrants", "false")
                    .addQueryParameter("notifications", "false");
        }
        Request get = new Request.Builder().url(url.build()).build();
        JsonObject user = JsonParser.parseString(send(get)).getAsJsonObject();
        JsonObject profile = new JsonObject();
        ProfileField.names(version).stream().filter(user::has).forEach(name -> profile.add(name, user.get(name)));
        return profile;
    }

    /** The user as a GET (own account) with only the given flag ({@code authGrants} or {@code notifications}) answers it. */
    JsonObject readUser(String uiIdentityId, String flag) {
        HttpUrl url = url("/ui-identities/" + uiIdentityId, null)
                .newBuilder()
                .addQueryParameter("actions", "false")
                .addQueryParameter("authGrants", String.valueOf(flag.equals("authGrants")))
                .addQueryParameter("notifications", String.valueOf(flag.equals("notifications")))
                .build();
        return JsonParser.parseString(send(new Request.Builder().url(url).build()))
                .getAsJsonObject();
    }

    /** PUTs {@code json}, exactly as given, to a part of the user (own account), such as {@code auth-grants}. */
    void writePart(String uiIdentityId, String part, String json) {
        send(new Request.Builder()
                .url(url("/ui-identities/" + uiIdentityId + "/" + part, null))
                .put(RequestBody.create(json, JSON))
                .build());
    }

    /** PUTs {@code json}, exactly as given, as the user's profile. */
    void writeProfile(String uiIdentityId, String accountSwitchKey, String json) {
        send(new Request.Builder()
                .url(url("/ui-identities/" + uiIdentityId + "/basic-info", accountSwitchKey))
                .put(RequestBody.create(json, JSON))
                .build());
    }

    private HttpUrl url(String path, String accountSwitchKey) {
        HttpUrl.Builder url = baseUrl.newBuilder().encodedPath(IamContract.basePath(version) + path);
        if (accountSwitchKey != null) {
            url.addQueryParameter("accountSwitchKey", accountSwitchKey);
        }
        return url.build();
    }

    private String send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
