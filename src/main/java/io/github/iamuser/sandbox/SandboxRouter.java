package io.github.iamuser.sandbox;

import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes an authenticated request to the endpoint it names of {@code openapi/iam-v2-users.yaml} or
 * {@code openapi/iam-v3-users.yaml}, with the version its path starts with.
 */
final class SandboxRouter {
    private final Accounts accounts;
    private final List<Route> routes;

    /** A routed request: its version, the switch key of the account it selects (null: the own) and the segment named. */
    record Call(SandboxRequest request, ApiVersion version, String switchKey, String named) {}

    /** An endpoint: method, path after {@code user-admin/} (its group the segment named), whether v3 only, handler. */
    private record Route(String method, Pattern path, boolean v3Only, Function<Call, SandboxResponse> handler) {
        Route(String method, String path, boolean v3Only, Function<Call, SandboxResponse> handler) {
            this(method, Pattern.compile(path), v3Only, handler);
        }
    }

    SandboxRouter(Accounts accounts) {
        this.accounts = accounts;
        UserEndpoints users = new UserEndpoints(accounts);
        routes = List.of(
                new Route("GET", "ui-identities", false, users::list),
                new Route("GET", "ui-identities/([^/]+)", false, users::get),
                new Route("PUT", "ui-identities/([^/]+)/basic-info", false, users::replaceProfile),
                new Route("PUT", "ui-identities/([^/]+)/auth-grants", true, users::replaceGrants),
                new Route("PUT", "ui-identities/([^/]+)/notifications", true, users::replaceNotifications),
                // this project describes the lists of groups, roles and products for v3
                new Route("GET", "(groups|roles|common/notification-products)", true, AccessEndpoints::list),
                new Route(
                        "GET",
                        "common/(" + String.join("|", SandboxLookups.NAMES) + ")",
                        false,
                        SandboxLookups::lookup),
                new Route("GET", "common/countries/([^/]+)/states", false, SandboxLookups::states));
    }

    /** The response to a request whose signature has been checked. */
    SandboxResponse respond(SandboxRequest request) {
        ApiVersion version = ApiVersion.ofPath(request.rawPath()).orElse(null);
        String base = version == null ? null : version.pathPrefix() + "user-admin/";
        String rest = base != null && request.rawPath().startsWith(base)
                ? request.rawPath().substring(base.length())
                : null;
        Route route = routes.stream()
                .filter(r -> rest != null && (version == ApiVersion.V3 || !r.v3Only))
                .filter(r -> r.path.matcher(rest).matches())
                .findFirst()
                .orElse(null);
        if (route == null) {
            return Problems.Kind.NO_SUCH_ENDPOINT.answer(request.method() + " " + request.rawPath()
                    + " is not an endpoint of openapi/iam-v2-users.yaml or openapi/iam-v3-users.yaml: check the"
                    + " path, which starts with /identity-management/v2/ or /identity-management/v3/.");
        }
        if (!request.method().equals(route.method)) {
            return Problems.Kind.METHOD_NOT_ALLOWED
                    .answer(request.method() + " is not allowed on " + request.rawPath() + ": use " + route.method
                            + ".")
                    .withHeaders(Map.of("Allow", route.method));
        }
        String switchKey = request.query().get("accountSwitchKey");
        if (!accounts.knows(switchKey)) {
            return Problems.Kind.UNKNOWN_ACCOUNT.answer("accountSwitchKey '" + switchKey + "' does not select an"
                    + " account this API client may manage: leave it out for the client's own account, or use one of "
                    + String.join(", ", accounts.switchKeys()) + ".");
        }
        Matcher match = route.path.matcher(rest);
        String named = match.matches() && match.groupCount() > 0 ? SandboxRequest.decode(match.group(1), false) : null;
        return route.handler.apply(new Call(request, version, switchKey, named));
    }
}
