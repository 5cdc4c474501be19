package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.NotificationOptionsUpdate;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies that cannot be sent: an answer whose id is not a JSON integer, notification settings that lack a
 * required member, and raw replaces that lack a member or carry a blocked group's -1: each is refused before any
 * PUT, naming the member. The answer forms of role assignments are in {@link GrantTreeTest}.
 */
class AccessBodiesTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.against(server, ApiVersion.V3);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answerUser(String member, String json) {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"uiIdentityId\":\"A-B-1CDEFG\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                        + "\"email\":\"ada@example.com\",\"" + member + "\":" + json + "}"));
    }

    @Test
    void anIdThatIsNotAJsonIntegerMakesTheAnswerUnreadableInsteadOfBeingGuessed() {
        answerUser("authGrants", "[{\"groupId\":1,\"roleId\":\"4\"}]");

        io.github.iamuser.errors.IamException unreadable = assertThrows(
                io.github.iamuser.errors.IamException.class, () -> iam.updateGrants("A-B-1CDEFG", c -> c.grant(1, 5)));

        assertTrue(unreadable.getMessage().contains("roleId must be a JSON integer"), unreadable.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRequiredNotificationMemberTheAnswerLacksIsRefusedAndAnOptionalOneLeftOut() throws Exception {
        answerUser(
                "notifications",
                "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":false,"
                        + "\"proactive\":[\"EdgeKV\"]}}");
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateNotifications(
                        "A-B-1CDEFG", c -> c.subscribeUpgrade("EdgeKV").passwordExpiry(true)));
        assertEquals("options.upgrade", refused.violations().get(0).field());
        assertEquals(1, server.getRequestCount());

        answerUser(
                "notifications",
                "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":false,"
                        + "\"proactive\":[\"EdgeKV\"],\"upgrade\":[]}}");
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
        iam.updateNotifications("A-B-1CDEFG", c -> c.passwordExpiry(true));
        server.takeRequest();
        server.takeRequest();
        assertEquals(
                "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
                        + "\"proactive\":[\"EdgeKV\"],\"upgrade\":[]}}",
                takeRequest().getBody().readUtf8());
    }

    @Test
    void theRawReplacesRefuseABodyThatLacksARequiredMemberAndWriteNullRoles() throws Exception {
        var users = iam.usersApi();
        RefusedChangeException empty = assertThrows(
                RefusedChangeException.class,
                () -> users.updateUserAuthGrants("A-B-1CDEFG", List.of(), null).execute());
        RefusedChangeException blocked = assertThrows(
                RefusedChangeException.class,
                () -> users.updateUserAuthGrants(
                                "A-B-1CDEFG",
                                List.of(new AuthGrantRequest()
                                        .groupId(1L)
                                        .roleId(-1L)
                                        .isBlocked(true)),
                                null)
                        .execute());
        NotificationsUpdate noUpgrade = new NotificationsUpdate()
                .enableEmailNotifications(true)
                .options(new NotificationOptionsUpdate().passwordExpiry(true).proactive(List.of()));
        RefusedChangeException missing = assertThrows(
                RefusedChangeException.class,
                () -> users.updateUserNotifications("A-B-1CDEFG", noUpgrade, null)
                        .execute());

        assertEquals("minItems 1", empty.violations().get(0).rule());
        assertTrue(blocked.getMessage().contains("a blocked group reads back so: send null with isBlocked true"));
        assertEquals("options.upgrade", missing.violations().get(0).field());
        assertEquals(0, server.getRequestCount(), "nothing was sent");

        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("[]"));
        users.updateUserAuthGrants(
                        "A-B-1CDEFG",
                        List.of(new AuthGrantRequest()
                                .groupId(1L)
                                .roleId(4L)
                                .subGroups(List.of(
                                        new AuthGrantRequest().groupId(2L).isBlocked(true)))),
                        null)
                .execute();
        assertEquals(
                "[{\"groupId\":1,\"roleId\":4,\"subGroups\":[{\"groupId\":2,\"roleId\":null,\"isBlocked\":true}]}]",
                takeRequest().getBody().readUtf8());
    }

    private RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }
}
