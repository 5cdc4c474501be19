package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.github.iamuser.IamClient;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.internal.StrictJson;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GrantTree: a GET's role assignments in the PUT's form, a change applied to them, and what keeps them from
 * being sent; read from real JSON, the PUT's body as {@link AccessBodies} writes it. The account's groups in
 * these tests: 1 (Top) holds 2 (Web), which holds 3 (Staging); 1 also holds 4 (Finance); 9 (Other) is on top.
 */
class GrantTreeTest {
    private static final String ACCOUNT = "[{\"groupId\":1,\"groupName\":\"Top\",\"subGroups\":["
            + "{\"groupId\":2,\"groupName\":\"Web\",\"parentGroupId\":1,\"subGroups\":["
            + "{\"groupId\":3,\"groupName\":\"Staging\",\"parentGroupId\":2}]},"
            + "{\"groupId\":4,\"groupName\":\"Finance\",\"parentGroupId\":1}]},"
            + "{\"groupId\":9,\"groupName\":\"Other\"}]";
    private static final Supplier<AccountGroups> GROUPS =
            () -> new AccountGroups(StrictJson.gson().fromJson(ACCOUNT, new TypeToken<List<Group>>() {}.getType()));

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

    private static GrantTree tree(String answer) {
        List<AuthGrant> grants = StrictJson.gson().fromJson(answer, new TypeToken<List<AuthGrant>>() {}.getType());
        return GrantTree.fromAnswer(grants);
    }

    private static String body(GrantTree tree) {
        return AccessBodies.grantsJson(tree.grants()).toString();
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + " [" + v.rule() + "]: " + v.message())
                .toList();
    }

    @Test
    void anAnswerBecomesTheRequestFormBlockedMinusOneAsNullSubgroupsKeptNamesDropped() {
        GrantTree tree = tree("[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":4,\"roleName\":\"Admin\","
                + "\"isBlocked\":false,\"subGroups\":["
                + "{\"groupId\":2,\"groupName\":\"Web\",\"roleId\":-1,\"roleName\":\"Blocked\",\"isBlocked\":true,"
                + "\"subGroups\":[{\"groupId\":3,\"groupName\":\"Staging\"}]},"
                + "{\"groupId\":4,\"groupName\":\"Finance\",\"roleId\":null}]},"
                + "{\"roleId\":100002,\"roleName\":\"Account admin\"}]");

        assertEquals(
                "[{\"groupId\":1,\"roleId\":4,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":2,\"roleId\":null,\"isBlocked\":true,\"subGroups\":["
                        + "{\"groupId\":3,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}]},"
                        + "{\"groupId\":4,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}]},"
                        + "{\"roleId\":100002}]",
                body(tree));
        assertEquals(List.of(), tree.bodyViolations(), "every form here is one the evidence shows");
        assertEquals(Map.of(1L, "Top", 2L, "Web", 3L, "Staging", 4L, "Finance"), tree.names());
    }

    @Test
    void theMeaningLabelsEachGroupByIdAndNameAndTellsARoleABlockAndInheritance() {
        GrantTree tree = tree("[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":4,\"subGroups\":["
                + "{\"groupId\":2,\"groupName\":\"Web\",\"roleId\":-1,\"isBlocked\":true},"
                + "{\"groupId\":4,\"groupName\":\"Finance\"}]},"
                + "{\"groupId\":9,\"groupName\":\" \"},{\"roleId\":100002}]");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("group 1 (Top)", "role 4");
        expected.put("group 2 (Web)", "blocked");
        expected.put("group 4 (Finance)", GrantTree.INHERITED);
        expected.put("group 9", "no role");
        expected.put("account role 100002", "granted");
        assertEquals(expected, tree.meaning());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(tree.meaning().keySet()));
    }

    @Test
    void anItemWithoutItsGroupIdOrBelowTheMinimumIsNeverSentWhateverTheChange() {
        GrantTree tree = tree(
                "[{\"groupId\":1,\"roleId\":4,\"subGroups\":[{\"roleId\":5},{\"groupId\":0}]}," + "{\"roleId\":0}]");

        List<Violation> problems = tree.apply(new GrantsChange().grant(1, 6), GROUPS);

        assertEquals(
                List.of(
                        "authGrants [open form]: an item at depth 1 reads back without a group id, a form no"
                                + " documentation explains: check the user in Control Center",
                        "group 0 [open form]: has an id below the request's minimum, a form no documentation"
                                + " explains: check the user in Control Center",
                        "authGrants [open form]: an item at depth 0 reads back without a group id, a form no"
                                + " documentation explains: check the user in Control Center"),
                messages(problems));
    }

    @Test
    void removalsComeFirstSoAGroupGrantedBelowARemovedOneGoesToTheTop() {
        GrantTree tree = tree("[{\"groupId\":1,\"roleId\":4},{\"groupId\":9,\"roleId\":4}]");

        List<Violation> problems = tree.apply(new GrantsChange().grant(2, 5).remove(1), GROUPS);

        assertEquals(List.of(), problems);
        assertEquals(
                "[{\"groupId\":9,\"roleId\":4,\"isBlocked\":false,\"subGroups\":[]},"
                        + "{\"groupId\":2,\"roleId\":5,\"isBlocked\":false,\"subGroups\":[]}]",
                body(tree));
    }

    @Test
    void theAccountsGroupsAreReadOnlyToPlaceAGroupTheAssignmentsDoNotHold() {
        GrantTree tree = tree("[{\"groupId\":1,\"roleId\":4,\"subGroups\":[{\"groupId\":2,\"roleId\":5}]}]");
        Supplier<AccountGroups> unread = () -> {
            throw new AssertionError("the account's groups were read");
        };

        assertEquals(List.of(), tree.apply(new GrantsChange().grant(1, 6).block(2), unread));
        assertEquals(
                "[{\"groupId\":1,\"roleId\":6,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":2,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]}]}]",
                body(tree));
    }

    @Test
    void aGroupNotHeldGoesUnderItsParentWhenHeldAndIsRefusedWhereItsPlaceIsNotDocumented() {
        GrantTree held = tree("[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":4}]");
        assertEquals(List.of(), held.apply(new GrantsChange().block(4), GROUPS));
        assertEquals(
                "[{\"groupId\":1,\"roleId\":4,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":4,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]}]}]",
                body(held));

        List<Violation> problems = tree("[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":4}]")
                .apply(new GrantsChange().grant(3, 5).block(9).grant(77, 5), GROUPS);
        assertEquals(
                List.of(
                        "group 3 (Staging) [placement]: sits below group 1 (Top) but not directly: give its parent"
                                + " group 2; how they would nest is not documented, so nothing was sent",
                        "group 9 (Other) [access]: is not in the user's role assignments nor below a group that is:"
                                + " nothing to block",
                        "group 77 [known group]: is not a group of the account: take its id from the list of"
                                + " groups"),
                messages(problems));

        List<Violation> above = tree("[{\"groupId\":2,\"groupName\":\"Web\",\"roleId\":4}]")
                .apply(new GrantsChange().grant(1, 5), GROUPS);
        assertEquals(
                List.of("group 1 (Top) [placement]: sits above group 2 (Web), which the assignments hold at the top;"
                        + " how they would nest is not documented, so nothing was sent"),
                messages(above));
    }

    @Test
    void unblockingATopLevelGroupIsRefusedAndABlockedSubgroupInheritsAgainAndARemovedOneToo() {
        GrantTree top = tree("[{\"groupId\":1,\"groupName\":\"Top\",\"roleId\":-1,\"isBlocked\":true},"
                + "{\"groupId\":9,\"roleId\":4}]");
        assertEquals(
                List.of("group 1 (Top) [unblock]: is a top-level group: nothing above gives it a role; grant one"),
                messages(top.apply(new GrantsChange().unblock(1), GROUPS)));

        GrantTree sub = tree("[{\"groupId\":1,\"roleId\":4,\"subGroups\":["
                + "{\"groupId\":2,\"roleId\":-1,\"isBlocked\":true},{\"groupId\":4,\"roleId\":7}]}]");
        assertEquals(List.of(), sub.apply(new GrantsChange().unblock(2).remove(4), GROUPS));
        assertEquals(
                "[{\"groupId\":1,\"roleId\":4,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":2,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]},"
                        + "{\"groupId\":4,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}]}]",
                body(sub));
    }

    @Test
    void removingATopLevelGroupLooksAtEverySubgroupBelowItAndTakesThoseTheChangeNames() {
        String answer = "[{\"groupId\":1,\"roleId\":4,\"subGroups\":[{\"groupId\":2,\"subGroups\":["
                + "{\"groupId\":3,\"groupName\":\"Staging\",\"roleId\":7}]}]},{\"groupId\":9,\"roleId\":4}]";

        assertEquals(
                List.of("group 3 (Staging) [kept]: would lose its own role with group 1: name it in the change too"
                        + " (remove it, or grant it again)"),
                messages(tree(answer).apply(new GrantsChange().remove(1), GROUPS)));
        GrantTree named = tree(answer);
        assertEquals(List.of(), named.apply(new GrantsChange().remove(1).remove(3), GROUPS));
        assertEquals("[{\"groupId\":9,\"roleId\":4,\"isBlocked\":false,\"subGroups\":[]}]", body(named));
    }

    @Test
    void replaceAllTakesTheGivenAssignmentsInsteadOfAnOpenFormRead() {
        GrantTree tree = tree("[{\"groupId\":1,\"roleId\":null}]");
        assertEquals(
                List.of("open form", "group role"),
                tree.bodyViolations().stream().map(Violation::rule).toList(),
                "a top-level group without a role is an open form");

        List<Violation> problems = tree.apply(
                new GrantsChange()
                        .replaceAll(JsonParser.parseString("[{\"groupId\":9,\"roleId\":6}]")
                                .getAsJsonArray()),
                GROUPS);

        assertEquals(List.of(), problems);
        assertEquals(List.of(), tree.bodyViolations());
        assertEquals("[{\"groupId\":9,\"roleId\":6}]", body(tree));
    }

    @Test
    void assignmentsWhoseOnlyGroupRoleIsOnABlockedGroupAreRefused() {
        GrantTree tree = tree("[{\"groupId\":1,\"roleId\":4,\"isBlocked\":true},{\"roleId\":100002}]");

        List<Violation> problems = tree.bodyViolations();

        assertEquals(1, problems.size());
        assertEquals("group role", problems.get(0).rule());
        assertTrue(
                problems.get(0).message().startsWith("would hold no group role"),
                problems.get(0).message());
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

    private RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest();
    }
}
