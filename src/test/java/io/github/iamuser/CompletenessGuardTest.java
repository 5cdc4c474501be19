package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.api.UsersApi;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Profiles;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The danger of a plain generated client, and the guard that stops an incomplete PUT before it leaves. */
class CompletenessGuardTest {
    private static final String PATH = "identity-management/v2/user-admin/ui-identities/A-1/basic-info";
    private final Gson gson = new Gson();
    private MockWebServer server;
    private OkHttpClient guarded;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        guarded = new OkHttpClient.Builder()
                .addInterceptor(new CompletenessGuard())
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private UserProfileUpdate completeModel() {
        return gson.fromJson(Profiles.usUser(), UserProfileUpdate.class);
    }

    @Test
    void plainGsonDropsAFieldLeftNullSoTheServerWouldEraseIt() {
        UserProfileUpdate model = completeModel().phone(null);
        JsonObject json = JsonParser.parseString(gson.toJson(model)).getAsJsonObject();
        assertFalse(json.has("phone"), "plain Gson leaves the null field out of the body");
        assertEquals(16, json.size());
    }

    @Test
    void theGeneratedApiThroughTheGuardRefusesTheIncompleteBodyAndSendsNothing() {
        UsersApi api = new Retrofit.Builder()
                .baseUrl(server.url("/"))
                .client(guarded)
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build()
                .create(UsersApi.class);
        UserProfileUpdate model = completeModel().phone(null).city(null);
        InvalidProfileException e = assertThrows(
                InvalidProfileException.class,
                () -> api.updateUserProfile("A-1", model, null).execute());
        assertEquals(
                List.of("phone", "city"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(
                "phone: is missing: the PUT replaces the whole profile, so the server would erase"
                        + " phone; set every field (\"\" for no value) or use the read-modify-write update",
                e.violations().get(0).toString());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aNullOrAResponseOnlyKeyIsRefused() {
        JsonObject body = Profiles.usUser();
        body.add("jobTitle", com.google.gson.JsonNull.INSTANCE);
        body.addProperty("uiIdentityId", "A-1");
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> put(body.toString()));
        assertEquals(
                List.of(
                        "jobTitle: is null: the PUT replaces the whole profile, so the server would"
                                + " erase jobTitle; set every field (\"\" for no value) or use the read-modify-write update",
                        "uiIdentityId: is not a profile field (response-only fields such as uiIdentityId must not be"
                                + " sent); remove it"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() {
        assertThrows(InvalidProfileException.class, () -> put("[]"));
        assertThrows(InvalidProfileException.class, () -> put("firstName=Ada"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCompleteBodyGoesOutUnchanged() throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        String body = gson.toJson(completeModel());
        put(body);
        assertEquals(body, server.takeRequest().getBody().readUtf8());
    }

    @Test
    void aV3BodyMayLeaveAnOptionalFieldOutButNotAnAlwaysPresentOneNorSendEmptyText() throws Exception {
        JsonObject v3Profile = Profiles.usUser();
        v3Profile.remove("tfaEnabled");
        v3Profile.addProperty("additionalAuthentication", "TFA");
        JsonObject body = ProfileField.wireForm(v3Profile, ApiVersion.V3); // every "" left out: v3's "no value"
        assertFalse(body.has("secondaryEmail"));
        server.enqueue(new MockResponse().setBody("{}"));
        putV3(body.toString());
        assertEquals(body.toString(), server.takeRequest().getBody().readUtf8());

        JsonObject broken = body.deepCopy();
        broken.remove("email");
        broken.addProperty("city", "");
        broken.addProperty("lastName", "");
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> putV3(broken.toString()));
        assertEquals(
                List.of(
                        "lastName: is empty, and must hold a value",
                        "email: is missing: the PUT replaces the whole profile, so the server would erase email; set"
                                + " every field (\"\" for no value) or use the read-modify-write update",
                        "city: is \"\", which IAM v3 refuses (minLength 1): leave the key out for no value"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(1, server.getRequestCount(), "only the first, well-formed PUT");
    }

    @Test
    void otherRequestsAreNotInspected() throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        guarded.newCall(new Request.Builder()
                        .url(server.url("/other"))
                        .put(RequestBody.create("{}", MediaType.get("application/json")))
                        .build())
                .execute()
                .close();
        assertEquals(1, server.getRequestCount());
    }

    private void put(String json) throws IOException {
        put(PATH, json);
    }

    private void putV3(String json) throws IOException {
        put(PATH.replace("/v2/", "/v3/"), json);
    }

    private void put(String path, String json) throws IOException {
        guarded.newCall(new Request.Builder()
                        .url(server.url("/" + path))
                        .put(RequestBody.create(json, MediaType.get("application/json")))
                        .build())
                .execute()
                .close();
    }
}
