package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.Profiles;
import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The danger of a plain generated client, and the client's generated interfaces that refuse an incomplete
 * profile PUT before it leaves (the body converter and {@link ProfileBody}'s one completeness check).
 */
class GeneratedApiCompletenessTest {
    private final Gson gson = new Gson();
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private IamClient client(ApiVersion version) {
        return IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(version)
                .build();
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
    void theGeneratedApiOnTheClientRefusesTheIncompleteBodyAndSendsNothing() {
        UserProfileUpdate model = completeModel().phone(null).city(null);
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> client(ApiVersion.V2)
                        .usersApiV2()
                        .updateUserProfile("A-1", model, null)
                        .execute());
        assertEquals(
                List.of("phone", "city"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(
                "phone: is missing: a profile PUT replaces the whole profile, so the server would erase phone;"
                        + " give it a value (\"\" for none)",
                e.violations().get(0).toString());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aNullOrAResponseOnlyKeyIsRefused() {
        JsonObject body = Profiles.usUser();
        body.add("jobTitle", JsonNull.INSTANCE);
        body.addProperty("uiIdentityId", "A-1");
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(body, ApiVersion.V2));
        assertEquals(
                List.of(
                        "jobTitle: is null: a profile PUT replaces the whole profile, so the server would erase"
                                + " jobTitle; give it a value (\"\" for none)",
                        "uiIdentityId: is not a profile field (response-only fields such as uiIdentityId must not be"
                                + " sent); remove it"),
                e.violations().stream().map(Violation::toString).toList());
    }

    @Test
    void aCompleteBodyGoesOutAsTheModelSaysIt() throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        client(ApiVersion.V2)
                .usersApiV2()
                .updateUserProfile("A-1", completeModel(), null)
                .execute();
        assertEquals(
                JsonParser.parseString(gson.toJson(completeModel())),
                JsonParser.parseString(server.takeRequest().getBody().readUtf8()));
    }

    @Test
    void aV3BodyMayLeaveAnOptionalFieldOutButNotAnAlwaysPresentOneNorSendEmptyText() throws Exception {
        JsonObject v3Profile = Profiles.usUser();
        v3Profile.remove("tfaEnabled");
        v3Profile.addProperty("additionalAuthentication", "TFA");
        JsonObject body = ProfileField.wireForm(v3Profile, ApiVersion.V3); // every "" left out: v3's "no value"
        assertFalse(body.has("secondaryEmail"));
        server.enqueue(new MockResponse().setBody("{}"));
        client(ApiVersion.V3)
                .usersApi()
                .updateUserProfile(
                        "A-1",
                        gson.fromJson(v3Profile, io.github.iamuser.generated.v3.model.UserProfileUpdate.class),
                        null)
                .execute();
        assertEquals(body.toString(), server.takeRequest().getBody().readUtf8());

        JsonObject broken = v3Profile.deepCopy();
        broken.addProperty("lastName", "");
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(broken, ApiVersion.V3));
        assertEquals(
                List.of("lastName: is empty, and must hold a value"),
                e.violations().stream().map(Violation::toString).toList());
        broken.remove("email");
        e = assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(broken, ApiVersion.V3));
        assertEquals(
                List.of("email: is missing: a profile PUT replaces the whole profile, so the server would erase email;"
                        + " give it a value (\"\" for none)"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(1, server.getRequestCount(), "only the first, well-formed PUT");
    }
}
