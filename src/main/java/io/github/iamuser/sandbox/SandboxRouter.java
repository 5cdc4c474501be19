package io.github.iamuser.sandbox;

import io.github.iamuser.options.ApiVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    /** The response to a request whose signature has been checked. */
    SandboxResponse respond(SandboxRequest request) {
        ApiVersion version = ApiVersion.ofPath(request.rawPath()).orElse(null);
        String base = version == null ? null : version.pathPrefix() + USER_ADMIN;
        List<String> path = base != null && request.rawPath().startsWith(base)
                ? Arrays.stream(request.rawPath().substring(base.length()).split("/", -1))
                        .map(segment -> SandboxRequest.decode(segment, false))
                        .toList()
                : List.of();
        Route route = route(path, version);
        if (route == null) {
            return Problems.Kind.NO_SUCH_ENDPOINT.answer(request.method() + " " + request.rawPath()
                    + " is not an endpoint of openapi/iam-v2-users.yaml or openapi/iam-v3-users.yaml: check the"
                    + " path, which starts with /identity-management/v2/ or /identity-management/v3/.");
        }
        String allowed = route.method();
        if (!request.method().equals(allowed)) {
            return Problems.Kind.METHOD_NOT_ALLOWED
                    .answer(request.method() + " is not allowed on " + request.rawPath() + ": use " + allowed + ".")
                    .withHeaders(Map.of("Allow", allowed));
        }
        String switchKey = request.query().get(SWITCH_KEY);
        if (!accounts.knows(switchKey)) {
            return Problems.Kind.UNKNOWN_ACCOUNT.answer("accountSwitchKey '" + switchKey + "' does not select an"
                    + " account this API client may manage: leave it out for the client's own account, or use one of "
                    + String.join(", ", accounts.switchKeys()) + ".");
        }
        return switch (route.endpoint()) {
            case LIST_USERS -> UserList.list(request, accounts.all(switchKey), version);
            case GET_USER -> users.get(request, version, switchKey, path.get(1));
            case UPDATE_PROFILE -> users.updateProfile(request, version, switchKey, path.get(1));
            case UPDATE_GRANTS -> access.replaceGrants(request, switchKey, path.get(1));
            case UPDATE_NOTIFICATIONS -> access.replaceNotifications(request, switchKey, path.get(1));
            case ACCESS_LIST -> AccessEndpoints.list(request, path.get(path.size() - 1));
            case LOOKUP -> LookupEndpoints.lookup(path.get(1));
            case STATES -> LookupEndpoints.states(path.get(2), version);
        };
    }

    private enum Endpoint {
        LIST_USERS,
        GET_USER,
        UPDATE_PROFILE,
        UPDATE_GRANTS,
        UPDATE_NOTIFICATIONS,
        ACCESS_LIST,
        LOOKUP,
        STATES
    }

    private record Route(String method, Endpoint endpoint) {}

    private static Route route(List<String> path, ApiVersion version) {
        boolean named = path.stream().noneMatch(String::isEmpty);
        if (named && path.equals(List.of("ui-identities"))) {
            return new Route("GET", Endpoint.LIST_USERS);
        }
        boolean v3 = version == ApiVersion.V3;
        if (v3
                && (path.equals(List.of("groups"))
                        || path.equals(List.of("roles"))
                        || path.equals(List.of("common", "notification-products")))) {
            return new Route("GET", Endpoint.ACCESS_LIST); // IAM v3's; this project describes them for v3 only
        }
        if (!named || path.size() < 2) {
            return null;
        }
        if (path.get(0).equals("ui-identities")) {
            if (path.size() == 2) {
                return new Route("GET", Endpoint.GET_USER);
            }
            String part = path.size() == 3 ? path.get(2) : "";
            return part.equals("basic-info")
                    ? new Route("PUT", Endpoint.UPDATE_PROFILE)
                    : v3 && part.equals("auth-grants")
                            ? new Route("PUT", Endpoint.UPDATE_GRANTS)
                            : v3 && part.equals("notifications")
                                    ? new Route("PUT", Endpoint.UPDATE_NOTIFICATIONS)
                                    : null;
        }
        if (!path.get(0).equals("common")) {
            return null;
        }
        if (path.size() == 2 && LookupEndpoints.lookup(path.get(1)) != null) {
            return new Route("GET", Endpoint.LOOKUP);
        }
        return path.size() == 4
                        && path.get(1).equals("countries")
                        && path.get(3).equals("states")
                ? new Route("GET", Endpoint.STATES)
                : null;
    }
}
