package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SafeAccessUpdater, through a v3 client against a loopback server that answers each path with the JSON set
 * for it: the user read must be the user named, lookups are read once per account, the write-ahead hook sees
 * the whole part before the PUT, and what the server stores differently is reported.
 */
class SafeAccessUpdaterTest {
    private static final String ID = "A-B-1CDEFG";
    private static final String USER = "/identity-management/v3/user-admin/ui-identities/" + ID;
    private static final String SETTINGS = "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
            + "\"proactive\":[\"EdgeKV\"],\"upgrade\":[]}}";

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String call =
                        request.getMethod() + " " + request.getRequestUrl().encodedPath();
                String key = request.getRequestUrl().queryParameter("accountSwitchKey");
                asked.add(call + (key == null ? "" : " in " + key));
                String body = answers.get(call);
                return body == null ? Loopback.json(404, "{\"title\":\"Not Found\"}") : Loopback.json(body);
            }
        });
        iam = TestClients.against(server, ApiVersion.V3);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answerUser(String id, String member, String json) {
        answers.put(
                "GET " + USER,
                "{\"uiIdentityId\":\"" + id + "\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                        + "\"email\":\"ada@example.com\",\"" + member + "\":" + json + "}");
    }

    @Test
    void anAnswerAboutAnotherUserIsRefusedAndNothingIsWritten() {
        answerUser("Z-Z-9ZZZZZ", "notifications", SETTINGS);

        RefusedChangeException e = assertThrows(
                RefusedChangeException.class, () -> iam.updateNotifications(ID, c -> c.passwordExpiry(false)));

        Violation v = e.violations().get(0);
        assertEquals("uiIdentityId", v.field());
        assertEquals("same user", v.rule());
        assertTrue(
                v.message()
                        .startsWith("the server answered the GET of A-B-1CDEFG with user Z-Z-9ZZZZZ, whose"
                                + " settings must not be written over A-B-1CDEFG"),
                v.message());
        assertEquals(List.of("GET " + USER), asked);
    }

    @Test
    void theSameUserSpelledInOtherCaseIsTheUserNamed() {
        answerUser(ID.toLowerCase(java.util.Locale.ROOT), "notifications", SETTINGS);
        answers.put(
                "PUT " + USER + "/notifications",
                SETTINGS.replace("\"passwordExpiry\":true", "\"passwordExpiry\":false"));

        assertEquals(
                Outcome.UPDATED,
                iam.updateNotifications(ID, c -> c.passwordExpiry(false)).outcome());
    }

    @Test
    void aV2ClientIsRefusedBeforeAnythingIsSentSayingHowToBuildAV3One() {
        IamClient v2 = iam.withOptions(b -> b.apiVersion(ApiVersion.V2));

        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> v2.updateNotifications(ID, c -> c.passwordExpiry(false)));

        assertEquals(
                "The notifications of a user are updated through IAM v3 only, and this client speaks IAM v2 (v2 is"
                        + " decommissioned, and its request schemas differ): build it with apiVersion(ApiVersion.V3)"
                        + " (command line: --api-version 3). Nothing was sent.",
                e.getMessage());
        assertEquals(List.of(), asked);
    }

    @Test
    void theGroupsAndRolesAreReadOncePerAccount() {
        answerUser(ID, "authGrants", "[{\"groupId\":1,\"roleId\":4}]");
        answers.put("GET /identity-management/v3/user-admin/groups", "[{\"groupId\":1,\"groupName\":\"Top\"}]");
        answers.put("GET /identity-management/v3/user-admin/roles", "[{\"roleId\":5,\"type\":\"standard\"}]");
        answers.put("PUT " + USER + "/auth-grants", "[{\"groupId\":1,\"roleId\":5}]");
        UpdateOptions checked = UpdateOptions.defaults().withLookupChecks(true);

        iam.updateGrants(ID, checked, c -> c.grant(1, 5));
        iam.updateGrants(ID, checked, c -> c.grant(1, 5));
        iam.updateGrants(ID, checked.withAccountSwitchKey("1-ABCDE"), c -> c.grant(1, 5));

        assertEquals(
                List.of(
                        "GET " + USER,
                        "GET /identity-management/v3/user-admin/groups",
                        "GET /identity-management/v3/user-admin/roles",
                        "PUT " + USER + "/auth-grants",
                        "GET " + USER,
                        "PUT " + USER + "/auth-grants",
                        "GET " + USER + " in 1-ABCDE",
                        "GET /identity-management/v3/user-admin/groups in 1-ABCDE",
                        "GET /identity-management/v3/user-admin/roles in 1-ABCDE",
                        "PUT " + USER + "/auth-grants in 1-ABCDE"),
                asked);
    }

    @Test
    void withLookupChecksAGroupOrRoleTheAccountLacksIsRefusedEvenOnAGroupTheUserHolds() {
        answerUser(ID, "authGrants", "[{\"groupId\":1,\"roleId\":4},{\"groupId\":77,\"roleId\":4}]");
        answers.put("GET /identity-management/v3/user-admin/groups", "[{\"groupId\":1,\"groupName\":\"Top\"}]");
        answers.put("GET /identity-management/v3/user-admin/roles", "[{\"roleId\":5,\"type\":\"standard\"}]");

        RefusedChangeException e = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateGrants(ID, UpdateOptions.defaults().withLookupChecks(true), c -> c.grant(77, 999)));

        assertEquals(
                List.of(
                        "group 77: is not a group of the account: take the id from the list of groups",
                        "group 77: role 999 is not a role of the account: take a group role's id from the list of"
                                + " roles"),
                e.violations().stream().map(v -> v.field() + ": " + v.message()).toList());
        assertTrue(asked.stream().noneMatch(call -> call.startsWith("PUT")), asked::toString);
    }

    @Test
    void unsubscribingNeedsNoLookupOfTheProducts() {
        answerUser(ID, "notifications", SETTINGS);
        answers.put("PUT " + USER + "/notifications", SETTINGS.replace("\"EdgeKV\"", ""));

        iam.updateNotifications(
                ID, UpdateOptions.defaults().withLookupChecks(true), c -> c.unsubscribeProactive("EdgeKV"));

        assertEquals(List.of("GET " + USER, "PUT " + USER + "/notifications"), asked);
    }

    @Test
    void theWriteAheadHookSeesTheWholePartAsReadAndAsSentBeforeThePut() {
        answerUser(ID, "notifications", SETTINGS);
        answers.put("PUT " + USER + "/notifications", SETTINGS);
        List<String> seen = new ArrayList<>();
        UpdateOptions hooked = UpdateOptions.defaults()
                .withWriteAheadHook((id, key, before, after) -> seen.add(
                        id + " " + key + " " + before + " " + after + " after " + asked.size() + " request(s)"));

        iam.updateNotifications(ID, hooked, c -> c.subscribeUpgrade("Ion"));
        iam.updateNotifications(ID, hooked, c -> c.passwordExpiry(true));
        iam.updateNotifications(ID, hooked.withDryRun(true), c -> c.passwordExpiry(false));

        assertEquals(
                List.of(ID + " null {\"notifications\":" + SETTINGS + "} {\"notifications\":"
                        + SETTINGS.replace("\"upgrade\":[]", "\"upgrade\":[\"Ion\"]") + "} after 1 request(s)"),
                seen,
                "once, before the PUT; neither for an update that changes nothing nor for a dry run");
    }

    @Test
    void whatTheServerStoresDifferentlyFromWhatWasSentIsReported() {
        answerUser(ID, "notifications", SETTINGS);
        answers.put("PUT " + USER + "/notifications", SETTINGS);

        UpdateResult<Notifications> result = iam.updateNotifications(ID, c -> c.subscribeProactive("Ion"));

        assertEquals(Outcome.UPDATED, result.outcome());
        assertEquals(
                "[options.proactive: \"[EdgeKV]\" -> \"[EdgeKV, Ion]\"]",
                result.changes().toString());
        assertEquals(
                "[options.proactive: \"[EdgeKV, Ion]\" -> \"[EdgeKV]\"]",
                result.serverDifferences().toString());
    }
}
