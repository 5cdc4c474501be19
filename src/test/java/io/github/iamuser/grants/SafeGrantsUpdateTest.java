package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.RecordedRequest;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The safe update of role assignments through the real client against the sandbox, whose US user holds a
 * nested tree (a subgroup with a role of its own, one that inherits, a blocked one read back with roleId -1)
 * and an account-level role: every group not named keeps its meaning, and each refusal sends nothing.
 */
class SafeGrantsUpdateTest {
    /** The PUT the sandbox's US user gets when group 56789 (Finance) is given role 12: everything else as read. */
    static final String FINANCE_VIEWER_BODY = "[{\"groupId\":12345,\"roleId\":3,\"isBlocked\":false,\"subGroups\":["
            + "{\"groupId\":23456,\"roleId\":7,\"isBlocked\":false,\"subGroups\":["
            + "{\"groupId\":45678,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}]},"
            + "{\"groupId\":34567,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]},"
            + "{\"groupId\":56789,\"roleId\":12,\"isBlocked\":false,\"subGroups\":[]}]},"
            + "{\"roleId\":100002}]";

    private static IamSandbox sandbox;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        iam = TestClients.against(sandbox, ApiVersion.V3);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void grantSendsTheWholeTreeInTheRequestFormAndChangesOnlyTheNamedGroup() {
        UpdateResult<List<AuthGrant>> result = iam.updateGrants(SandboxUsers.US_USER, c -> c.grant(56789, 12));

        assertEquals(Outcome.UPDATED, result.outcome());
        assertEquals(FINANCE_VIEWER_BODY, result.requestBody());
        assertEquals(FINANCE_VIEWER_BODY, onlyPut().body(), "the bytes sent are the body reported");
        assertEquals(
                "[group 56789 (Finance): \"inherited\" -> \"role 12\"]",
                result.changes().toString());
        assertEquals(List.of(), result.serverDifferences(), "the blocked group's -1 read back is no difference");
        JsonArray stored = sandbox.user(null, SandboxUsers.US_USER).getAsJsonArray("authGrants");
        JsonArray blocked = stored.get(0).getAsJsonObject().getAsJsonArray("subGroups");
        assertEquals(
                -1, blocked.get(1).getAsJsonObject().get("roleId").getAsInt(), "still blocked, as answers show it");
        assertEquals(12, blocked.get(2).getAsJsonObject().get("roleId").getAsInt());
        assertEquals(100002, stored.get(1).getAsJsonObject().get("roleId").getAsInt(), "the account role is kept");
    }

    @Test
    void nothingIsSentWhenNothingChanges() {
        UpdateResult<List<AuthGrant>> result = iam.updateGrants(
                SandboxUsers.US_USER,
                c -> c.grant(23456, 7).unblock(56789).remove(98765).remove(45678));

        assertEquals(Outcome.UNCHANGED, result.outcome());
        assertNull(result.requestBody());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void dryRunShowsTheBodyAndSendsOnlyGets() {
        UpdateResult<List<AuthGrant>> result = iam.updateGrants(
                SandboxUsers.US_USER, UpdateOptions.defaults().withDryRun(true), c -> c.grant(56789, 12));

        assertEquals(Outcome.DRY_RUN, result.outcome());
        assertEquals(FINANCE_VIEWER_BODY, result.requestBody());
        assertEquals(0, sandbox.putCount());
        assertTrue(sandbox.requests().stream().allMatch(r -> r.method().equals("GET")));
    }

    @Test
    void blockAndUnblockAndRemoveOfSubgroupsKeepTheRest() {
        iam.updateGrants(
                SandboxUsers.US_USER, c -> c.block(45678).unblock(34567).remove(23456));

        JsonArray sent = JsonParser.parseString(onlyPut().body()).getAsJsonArray();
        JsonArray subGroups = sent.get(0).getAsJsonObject().getAsJsonArray("subGroups");
        assertEquals(
                "{\"groupId\":23456,\"roleId\":null,\"isBlocked\":false,\"subGroups\":["
                        + "{\"groupId\":45678,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]}]}",
                subGroups.get(0).toString());
        assertEquals(
                "{\"groupId\":34567,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}",
                subGroups.get(1).toString());
        assertEquals(3, sent.get(0).getAsJsonObject().get("roleId").getAsInt());
    }

    @Test
    void aNewGroupGoesUnderItsParentOrAtTheTop() {
        // the German user's assignments hold group 12345 without its subgroups listed
        iam.updateGrants(SandboxUsers.GERMAN_USER, c -> c.grant(23456, 7).grant(98765, 12));

        JsonArray sent = JsonParser.parseString(onlyPut().body()).getAsJsonArray();
        assertEquals(
                "[{\"groupId\":23456,\"roleId\":7,\"isBlocked\":false,\"subGroups\":[]}]",
                sent.get(0).getAsJsonObject().getAsJsonArray("subGroups").toString());
        assertEquals(
                "{\"groupId\":98765,\"roleId\":12,\"isBlocked\":false,\"subGroups\":[]}",
                sent.get(1).toString());
    }

    @Test
    void removingATopLevelGroupWithSubgroupsOfTheirOwnIsRefusedNamingThem() {
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class, () -> iam.updateGrants(SandboxUsers.US_USER, c -> c.remove(12345)));

        assertEquals(
                List.of("group 23456 (Web Properties)", "group 34567 (Security)"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void anEmptyListOrOneWithoutGroupRoleIsRefusedBeforeSending() {
        RefusedChangeException empty = assertThrows(
                RefusedChangeException.class, () -> iam.updateGrants(SandboxUsers.GERMAN_USER, c -> c.remove(12345)));
        RefusedChangeException noGroupRole = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateGrants(
                        SandboxUsers.US_USER, c -> c.remove(12345).remove(23456).remove(34567)));

        assertEquals("minItems 1", empty.violations().get(0).rule());
        assertEquals("group role", noGroupRole.violations().get(0).rule());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void anUnknownGroupIsRefusedAndAnUnknownRoleToo() {
        RefusedChangeException group = assertThrows(
                RefusedChangeException.class, () -> iam.updateGrants(SandboxUsers.US_USER, c -> c.grant(11111, 3)));
        UpdateOptions checked = UpdateOptions.defaults().withLookupChecks(true);
        RefusedChangeException accountRole = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateGrants(SandboxUsers.US_USER, checked, c -> c.grant(56789, 100002)));

        assertTrue(group.getMessage().contains("group 11111: is not a group of the account"), group.getMessage());
        assertTrue(accountRole.getMessage().contains("role 100002 is an account-level role"), accountRole.getMessage());
        assertEquals(0, sandbox.putCount());
        // without lookup checks, the server refuses an unknown role with IAM's validation document
        ValidationException server = assertThrows(
                ValidationException.class, () -> iam.updateGrants(SandboxUsers.US_USER, c -> c.grant(56789, 999)));
        assertTrue(server.problem().orElseThrow().errors().get(0).describe().contains("roleId"), server.getMessage());
    }

    @Test
    void runsInTheSwitchedAccountAndOnIamV3Only() {
        iam.updateGrants(
                SandboxUsers.SWITCHED_USER,
                UpdateOptions.defaults().withAccountSwitchKey(SandboxUsers.SWITCH_KEY),
                c -> c.grant(98765, 12));
        assertEquals("accountSwitchKey=" + SandboxUsers.SWITCH_KEY, onlyPut().rawQuery());

        IamClient v2 = iam.withOptions(b -> b.apiVersion(ApiVersion.V2));
        sandbox.reset();
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> v2.updateGrants(SandboxUsers.US_USER, c -> c.grant(56789, 12)));
        assertTrue(refused.getMessage().contains("IAM v3 only"), refused.getMessage());
        assertEquals(List.of(), sandbox.requests(), "nothing was sent, not even the GET");
    }

    @Test
    void beforePutSeesBothStatesAndConcurrentUpdatesOfOneUserKeepEachOther() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        iam.updateGrants(
                SandboxUsers.US_USER,
                UpdateOptions.defaults()
                        .withWriteAheadHook((id, key, before, after) -> seen.set(id + " " + before.keySet())),
                c -> c.grant(56789, 12));
        assertEquals(SandboxUsers.US_USER + " [authGrants]", seen.get());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<?> a = pool.submit(() -> {
                go.await();
                return iam.updateGrants(SandboxUsers.US_USER, c -> c.grant(98765, 12));
            });
            Future<?> b = pool.submit(() -> {
                go.await();
                return iam.updateGrants(SandboxUsers.US_USER, c -> c.block(45678));
            });
            go.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        String stored =
                sandbox.user(null, SandboxUsers.US_USER).get("authGrants").toString();
        assertTrue(stored.contains("\"groupId\":98765"), stored);
        assertTrue(stored.contains("\"groupId\":45678,\"groupName\":\"Staging\",\"isBlocked\":true"), stored);
        assertFalse(
                stored.contains("\"groupId\":56789,\"groupName\":\"Finance\",\"isBlocked\":false,\"roleId\":null"),
                stored);
    }

    private static RecordedRequest onlyPut() {
        List<RecordedRequest> puts = sandbox.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .toList();
        assertEquals(1, puts.size(), puts::toString);
        return puts.get(0);
    }
}
