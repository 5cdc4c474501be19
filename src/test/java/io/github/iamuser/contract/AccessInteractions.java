package io.github.iamuser.contract;

import static io.github.iamuser.contract.ContractPatterns.JSON_MEDIA_TYPE;
import static io.github.iamuser.contract.SignedRequests.signed;
import static io.github.iamuser.contract.SignedRequests.userState;

import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matchers;
import io.github.iamuser.options.ApiVersion;

/**
 * The read-modify-writes of a user's role assignments and notifications (IAM v3): the GET with the part's
 * flag, then the PUT of the whole part, pinned literally (Pact matches a request body exactly: every key,
 * every array element, {@code null} where it is {@code null}), answered as the sandbox stores it.
 */
final class AccessInteractions {
    /** The user whose assignments the contract changes: the sandbox's US user, own account. */
    static final String USER = "A-B-1CDEFG";

    /** State: the user has a nested tree (own role, inherited, blocked with roleId -1) and an account role. */
    static final String GRANTS_STATE = "a user with nested, inherited and blocked role assignments";

    /** State: the user is subscribed to proactive and upgrade notifications of some products. */
    static final String NOTIFICATIONS_STATE = "a user subscribed to product notifications";

    /** The user's assignments as a GET answers them: names at every level, -1 for the blocked group. */
    static final String GRANTS =
            "[{\"groupId\":12345,\"groupName\":\"Top Level Group\",\"isBlocked\":false,\"roleId\":3,"
                    + "\"roleName\":\"Admin\",\"roleDescription\":\"Manages users and API clients of the group.\",\"subGroups\":["
                    + "{\"groupId\":23456,\"groupName\":\"Web Properties\",\"isBlocked\":false,\"roleId\":7,\"roleName\":\"Editor\","
                    + "\"roleDescription\":\"Edits the group's configurations.\",\"subGroups\":["
                    + "{\"groupId\":45678,\"groupName\":\"Staging\",\"isBlocked\":false,\"roleId\":null,\"roleName\":\"\","
                    + "\"roleDescription\":\"\",\"subGroups\":[]}]},"
                    + "{\"groupId\":34567,\"groupName\":\"Security\",\"isBlocked\":true,\"roleId\":-1,\"roleName\":\"Blocked\","
                    + "\"roleDescription\":\"\",\"subGroups\":[]},"
                    + "{\"groupId\":56789,\"groupName\":\"Finance\",\"isBlocked\":false,\"roleId\":%s,\"roleName\":\"%s\","
                    + "\"roleDescription\":\"%s\",\"subGroups\":[]}]},"
                    + "{\"roleId\":100002,\"roleName\":\"Admin for Account Roles\"}]";

    /** The whole tree the safe update PUTs to give group 56789 (Finance) role 12: ids only, the blocked group's role null. */
    static final String GRANTS_PUT = "[{\"groupId\":12345,\"roleId\":3,\"isBlocked\":false,\"subGroups\":["
            + "{\"groupId\":23456,\"roleId\":7,\"isBlocked\":false,\"subGroups\":["
            + "{\"groupId\":45678,\"roleId\":null,\"isBlocked\":false,\"subGroups\":[]}]},"
            + "{\"groupId\":34567,\"roleId\":null,\"isBlocked\":true,\"subGroups\":[]},"
            + "{\"groupId\":56789,\"roleId\":12,\"isBlocked\":false,\"subGroups\":[]}]},"
            + "{\"roleId\":100002}]";

    /** The user's notifications as a GET answers them. */
    static final String NOTIFICATIONS = "{\"enableEmailNotifications\":true,\"options\":{\"newUserNotification\":true,"
            + "\"passwordExpiry\":true,\"proactive\":[\"EdgeKV\",\"NetStorage\"%s],\"upgrade\":[\"EdgeScape\"],"
            + "\"apiClientCredentialExpiryNotification\":false}}";

    /** The whole settings the safe update PUTs to subscribe to EdgeScape's proactive notifications. */
    static final String NOTIFICATIONS_PUT = "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
            + "\"proactive\":[\"EdgeKV\",\"NetStorage\",\"EdgeScape\"],\"upgrade\":[\"EdgeScape\"],"
            + "\"newUserNotification\":true,\"apiClientCredentialExpiryNotification\":false}}";

    private AccessInteractions() {}

    /** Group 56789 given role 12: GET with authGrants, then the PUT of the whole tree. */
    static ContractInteraction[] grantFinanceViewer() {
        return new ContractInteraction[] {
            get(GRANTS_STATE, "authGrants", GRANTS.formatted("null", "", "")),
            put(
                    GRANTS_STATE,
                    "auth-grants",
                    "every role assignment, group 56789 given role 12",
                    GRANTS_PUT,
                    GRANTS.formatted("12", "Viewer", "Reads the group's configurations."))
        };
    }

    /** EdgeScape's proactive notifications subscribed: GET with notifications, then the PUT of the whole settings. */
    static ContractInteraction[] subscribeEdgeScape() {
        return new ContractInteraction[] {
            get(NOTIFICATIONS_STATE, "notifications", NOTIFICATIONS.formatted("")),
            put(
                    NOTIFICATIONS_STATE,
                    "notifications",
                    "every notification setting, EdgeScape added to proactive",
                    NOTIFICATIONS_PUT,
                    NOTIFICATIONS.formatted(",\"EdgeScape\""))
        };
    }

    private static ContractInteraction get(String state, String flag, String part) {
        String user = "{\"uiIdentityId\":\"" + USER + "\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"email\":\"ada.lovelace@example.com\",\"" + flag + "\":" + part + "}";
        return new ContractInteraction(
                "a request for user " + USER + " with " + flag,
                interaction -> interaction
                        .state(state, userState(USER, null))
                        .withRequest(request -> signed(request, ApiVersion.V3, "GET", "/ui-identities/" + USER, null)
                                .queryParameter("actions", "false")
                                .queryParameter("authGrants", String.valueOf(flag.equals("authGrants")))
                                .queryParameter("notifications", String.valueOf(flag.equals("notifications"))))
                        .willRespondWith(response -> json(response, user)));
    }

    private static ContractInteraction put(String state, String part, String what, String body, String answer) {
        return new ContractInteraction(
                "a whole " + part + " update of user " + USER + " (" + what + ")",
                interaction -> interaction
                        .state(state, userState(USER, null))
                        .withRequest(request -> jsonBody(
                                signed(request, ApiVersion.V3, "PUT", "/ui-identities/" + USER + "/" + part, null),
                                body))
                        .willRespondWith(response -> json(response, answer)));
    }

    private static HttpRequestBuilder jsonBody(HttpRequestBuilder request, String body) {
        return request.header("Content-Type", Matchers.regexp(JSON_MEDIA_TYPE, "application/json"))
                .body(body, "application/json");
    }

    private static HttpResponseBuilder json(HttpResponseBuilder response, String body) {
        return response.status(200)
                .header("Content-Type", Matchers.regexp(JSON_MEDIA_TYPE, "application/json"))
                .body(body, "application/json");
    }
}
