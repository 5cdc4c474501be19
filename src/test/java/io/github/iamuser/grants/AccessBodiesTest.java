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
import io.github.iamuser.profile.Violation;
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
 * Answers in forms the evidence leaves open, and raw replaces that lack a member: each is refused before
 * any PUT, naming the group or member, while the forms the evidence shows are translated and sent.
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
    void aGroupWhoseFormIsOpenIsRefusedByNameUnlessTheChangeNamesIt() throws Exception {
        String answer = "[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":null,\"subGroups\":[]},"
                + "{\"groupId\":2,\"roleId\":-1,\"isBlocked\":false},{\"groupId\":3,\"roleId\":5}]";
        answerUser("authGrants", answer);

        RefusedChangeException refused =
                assertThrows(RefusedChangeException.class, () -> iam.updateGrants("A-B-1CDEFG", c -> c.grant(3, 6)));

        assertEquals(
                List.of("group 1 (Top)", "group 2"),
                refused.violations().stream().map(Violation::field).toList());
        assertTrue(refused.getMessage().contains("reads back with roleId -1 while not blocked"), refused.getMessage());
        assertEquals(1, server.getRequestCount(), "only the GET");

        answerUser("authGrants", answer);
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("[]"));
        iam.updateGrants("A-B-1CDEFG", c -> c.grant(1, 4).remove(2));
        server.takeRequest();
        server.takeRequest();
        assertEquals(
                "[{\"groupId\":1,\"roleId\":4,\"isBlocked\":false,\"subGroups\":[]},"
                        + "{\"groupId\":3,\"roleId\":5,\"isBlocked\":false,\"subGroups\":[]}]",
                takeRequest().getBody().readUtf8());
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
    void theGoSdkAndTerraformFormsAreTranslatedAndAGroupTwiceIsNotSent() throws Exception {
        answerUser(
                "authGrants",
                "[{\"groupId\":1,\"roleId\":4,\"roleName\":\"Admin\",\"subGroups\":["
                        + "{\"groupId\":2},{\"groupId\":3,\"roleId\":-1,\"roleName\":\"Blocked\",\"isBlocked\":true}]}]");
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("[]"));
        iam.updateGrants("A-B-1CDEFG", c -> c.grant(1, 5));
        server.takeRequest();
        assertEquals(
                "[{\"groupId\":1,\"roleId\":5,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":2,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]},"
                        + "{\"groupId\":3,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]}]}]",
                takeRequest().getBody().readUtf8());

        answerUser("authGrants", "[{\"groupId\":1,\"roleId\":4,\"subGroups\":[{\"groupId\":1,\"roleId\":4}]}]");
        RefusedChangeException twice =
                assertThrows(RefusedChangeException.class, () -> iam.updateGrants("A-B-1CDEFG", c -> c.grant(1, 5)));
        assertTrue(twice.getMessage().contains("group 1: appears twice"), twice.getMessage());
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
