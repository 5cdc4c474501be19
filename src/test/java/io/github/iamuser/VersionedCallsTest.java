package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.options.GetUserOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * VersionedCalls, through the client against a loopback server: the client's API version picks v2's or
 * v3's generated call, the v3-only calls are refused on a v2 client before anything is sent, path
 * arguments and group ids are checked before sending, and the account of the options reaches the query.
 */
class VersionedCallsTest extends LoopbackClients {
    private static final String BASE = "/identity-management/v2/user-admin";
    private static final String V3_BASE = "/identity-management/v3/user-admin";

    @Test
    void listUserIdsReadsOnlyTheIdsInTheListsOrderAndRefusesAUserWithoutOne() throws Exception {
        server.enqueue(json("[{\"uiIdentityId\":\"B-2\",\"firstName\":\"Ann\",\"authGrants\":[{\"groupId\":1}]},"
                + "{\"email\":\"x@example.com\",\"uiIdentityId\":\"A-1\"}]"));
        server.enqueue(json("[{\"uiIdentityId\":\"B-2\"},{\"firstName\":\"No id\"}]"));

        assertEquals(List.of("B-2", "A-1"), iam.listUserIds(7L));
        assertSent("GET", BASE + "/ui-identities?groupId=7&authGrants=false&actions=false"); // signed, too
        io.github.iamuser.errors.IamException e =
                assertThrows(io.github.iamuser.errors.IamException.class, () -> iam.listUserIds(null));
        assertTrue(e.getMessage().contains("has no uiIdentityId"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> iam.listUserIds(0L));
        assertEquals(2, server.getRequestCount(), "a group id below 1 is refused before sending");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"..", ".", " A-B-1CDEFG", "A-B-1CDEFG\n", "A-B\u0000-1CDEFG", "A-B\r\nX-Evil: 1"})
    void anIdThatCannotBeAUserIsRefusedBeforeAnythingIsSent(String uiIdentityId) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> iam.getUser(uiIdentityId));

        assertTrue(
                e.getMessage()
                        .startsWith("uiIdentityId must not be '.' or '..', nor hold a control character or a space"
                                + " at either end: pass the value exactly as the IAM API gives it"),
                e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theV3OnlyListsAreRefusedOnAV2ClientSayingHowToBuildAV3OneAndNothingIsSent() {
        Map<String, Supplier<List<?>>> calls = Map.of(
                "groups", () -> iam.lookups().groups(),
                "roles", () -> iam.lookups().roles(),
                "notification products", () -> iam.lookups().notificationProducts());

        calls.forEach((what, call) -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, call::get, what);
            assertEquals(
                    "The " + what + " are read and written through IAM v3 only, and this client speaks IAM v2:"
                            + " build it with apiVersion(ApiVersion.V3) (command line: --api-version 3)."
                            + " Nothing was sent.",
                    e.getMessage());
        });
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aV3ClientSendsEachUserFlagUnderItsOwnName() throws Exception {
        server.enqueue(json(IamClientOperationsTest.V3_USER));
        server.enqueue(json(IamClientOperationsTest.V3_USER));

        v3.getUser("A-B-1CDEFG", GetUserOptions.none().withNotifications());
        v3.getUser("A-B-1CDEFG", GetUserOptions.none().withActions());

        assertSent("GET", V3_BASE + "/ui-identities/A-B-1CDEFG?actions=false&authGrants=false&notifications=true");
        assertSent("GET", V3_BASE + "/ui-identities/A-B-1CDEFG?actions=true&authGrants=false&notifications=false");
    }

    @Test
    void aGroupIdFromOneIsSentAndOneBelowIsRefusedNamingTheRule() throws Exception {
        server.enqueue(json("[]"));

        assertEquals(List.of(), v3.listUsers(1L));
        for (long below : new long[] {0, -5}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v3.listUsers(below));
            assertTrue(
                    e.getMessage()
                            .startsWith("groupId " + below + " is not a group's id: group ids are whole numbers"
                                    + " from 1 (command line: --group)"),
                    e.getMessage());
        }

        assertSent("GET", V3_BASE + "/ui-identities?groupId=1&actions=false&authGrants=false");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void listUserIdsOfAV3ClientReadsV3sPathAndAFailedAnswerIsTheExceptionOfItsStatus() throws Exception {
        server.enqueue(json("[{\"uiIdentityId\":\"C-3\"}]"));
        server.enqueue(json(404, "{\"title\":\"Not Found\",\"status\":404}"));

        assertEquals(List.of("C-3"), v3.listUserIds(null));
        assertThrows(NotFoundException.class, () -> v3.listUserIds(9L));

        assertSent("GET", V3_BASE + "/ui-identities?actions=false&authGrants=false");
        assertSent("GET", V3_BASE + "/ui-identities?groupId=9&actions=false&authGrants=false");
    }

    @Test
    void aSuccessWhoseBodyIsJsonNullIsRefusedAsEmpty() {
        server.enqueue(json("null"));

        IamException e = assertThrows(IamException.class, () -> v3.getUser("A-B-1CDEFG"));

        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("(the body is empty or null)"), e.getMessage());
    }

    @Test
    void theSiblingsAccountGoesInTheQueryAndNoKeyLeavesItOut() throws Exception {
        server.enqueue(json(IamClientOperationsTest.V3_USER));
        server.enqueue(json(IamClientOperationsTest.V3_USER));

        v3.withAccountSwitchKey("1-ABCDE:1-2FGH").getUser("A-B-1CDEFG");
        v3.getUser("A-B-1CDEFG");

        assertEquals("1-ABCDE:1-2FGH", server.takeRequest().getRequestUrl().queryParameter("accountSwitchKey"));
        assertNull(server.takeRequest().getRequestUrl().queryParameter("accountSwitchKey"));
    }
}
