package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.net.InetAddress;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** A server that stores something other than what was sent is reported, field by field. */
class ServerDifferencesTest {

    @Test
    void aStoredValueThatBreaksARuleDoesNotBlockAnUpdateOfAnotherField() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            JsonObject user = Profiles.usUser();
            user.addProperty("uiIdentityId", "A-1");
            user.addProperty("phone", "ask reception");
            user.addProperty("zipCode", "n/a");
            server.enqueue(new MockResponse().setBody(user.toString()));
            server.enqueue(new MockResponse().setBody(user.toString()));

            client(server).updateProfile("A-1", c -> c.jobTitle("CTO"));

            server.takeRequest();
            JsonObject sent = com.google.gson.JsonParser.parseString(
                            server.takeRequest().getBody().readUtf8())
                    .getAsJsonObject();
            assertEquals("ask reception", sent.get("phone").getAsString());
            assertEquals("n/a", sent.get("zipCode").getAsString());
            assertEquals("CTO", sent.get("jobTitle").getAsString());
        }
    }

    private static IamClient client(MockWebServer server) {
        return TestClients.builder(server, ApiVersion.V2) // Profiles.usUser() is a v2 profile
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @Test
    void fieldsTheServerChangedOrDroppedAreReported() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            JsonObject user = Profiles.usUser();
            user.addProperty("uiIdentityId", "A-1");
            JsonObject answer = user.deepCopy();
            answer.addProperty("jobTitle", "CTO");
            answer.addProperty("phone", "+1 617-555-0100");
            answer.remove("city");
            server.enqueue(new MockResponse().setBody(user.toString()));
            server.enqueue(new MockResponse().setBody(answer.toString()));
            UpdateResult<IamUser> result = client(server).updateProfile("A-1", c -> c.jobTitle("CTO"));

            assertEquals(
                    List.of(
                            new FieldDiff("phone", "6175550100", "+1 617-555-0100"),
                            new FieldDiff("city", "Cambridge", "")),
                    result.serverDifferences());
            assertEquals("GET", server.takeRequest().getMethod());
            assertEquals("PUT", server.takeRequest().getMethod());
        }
    }
}
