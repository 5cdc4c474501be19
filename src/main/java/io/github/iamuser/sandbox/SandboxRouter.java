package io.github.iamuser.sandbox;

import io.github.iamuser.options.ApiVersion;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes an authenticated request to the endpoint it names of {@code openapi/iam-v2-users.yaml} or
 * {@code openapi/iam-v3-users.yaml}, with the version its path starts with.
 */
final class SandboxRouter {
    private static final String USER_ADMIN = "user-admin/";
    private static final String SWITCH_KEY = "accountSwitchKey";

    private final Accounts accounts;
    private final UserEndpoints users;
    private final AccessEndpoints access;

    SandboxRouter(Accounts accounts) {
        this.accounts = accounts;
        this.users = new UserEndpoints(accounts);
        this.access = new AccessEndpoints(accounts);
    }

    /** The endpoints: method, path after {@code user-admin/} (its group the segment named) and whether v3 only. */
    private enum Endpoint {
        LIST_USERS("GET", "ui-identities", false),
        GET_USER("GET", "ui-identities/([^/]+)", false),
        UPDATE_PROFILE("PUT", "ui-identities/([^/]+)/basic-info", false),
        UPDATE_GRANTS("PUT", "ui-identities/([^/]+)/auth-grants", true),
        UPDATE_NOTIFICATIONS("PUT", "ui-identities/([^/]+)/notifications", true),
        ACCESS_LIST("GET", "(groups|roles|common/notification-products)", true), // this project describes them for v3
        LOOKUP("GET", "common/(" + String.join("|", LookupEndpoints.NAMES) + ")", false),
        STATES("GET", "common/countries/([^/]+)/states", false);

        private final String method;
        private final Pattern path;
        private final boolean v3Only;

        Endpoint(String method, String path, boolean v3Only) {
            this.method = method;
            this.path = Pattern.compile(path);
            this.v3Only = v3Only;
        }
    }

    /** The response to a request whose signature has been checked. */
    SandboxResponse respond(SandboxRequest request) {
        ApiVersion version = ApiVersion.ofPath(request.rawPath()).orElse(null);
        String base = version == null ? null : version.pathPrefix() + USER_ADMIN;
        String rest = base != null && request.rawPath().startsWith(base)
                ? request.rawPath().substring(base.length())
                : null;
        Endpoint endpoint = Arrays.stream(Endpoint.values())
                .filter(e -> rest != null && (version == ApiVersion.V3 || !e.v3Only))
                .filter(e -> e.path.matcher(rest).matches())
                .findFirst()
                .orElse(null);
        if (endpoint == null) {
            return Problems.Kind.NO_SUCH_ENDPOINT.answer(request.method() + " " + request.rawPath()
                    + " is not an endpoint of openapi/iam-v2-users.yaml or openapi/iam-v3-users.yaml: check the"
                    + " path, which starts with /identity-management/v2/ or /identity-management/v3/.");
        }
        if (!request.method().equals(endpoint.method)) {
            return Problems.Kind.METHOD_NOT_ALLOWED
                    .answer(request.method() + " is not allowed on " + request.rawPath() + ": use " + endpoint.method
                            + ".")
                    .withHeaders(Map.of("Allow", endpoint.method));
        }
        String switchKey = request.query().get(SWITCH_KEY);
        if (!accounts.knows(switchKey)) {
            return Problems.Kind.UNKNOWN_ACCOUNT.answer("accountSwitchKey '" + switchKey + "' does not select an"
                    + " account this API client may manage: leave it out for the client's own account, or use one of "
                    + String.join(", ", accounts.switchKeys()) + ".");
        }
        Matcher match = endpoint.path.matcher(rest);
        String named = match.matches() && match.groupCount() > 0 ? SandboxRequest.decode(match.group(1), false) : null;
        return switch (endpoint) {
            case LIST_USERS -> UserList.list(request, accounts.all(switchKey), version);
            case GET_USER -> users.get(request, version, switchKey, named);
            case UPDATE_PROFILE -> users.updateProfile(request, version, switchKey, named);
            case UPDATE_GRANTS -> access.replaceGrants(request, switchKey, named);
            case UPDATE_NOTIFICATIONS -> access.replaceNotifications(request, switchKey, named);
            case ACCESS_LIST -> AccessEndpoints.list(request, named);
            case LOOKUP -> LookupEndpoints.lookup(named);
            case STATES -> LookupEndpoints.states(named, version);
        };
    }
}
