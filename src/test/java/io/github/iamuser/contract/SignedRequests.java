package io.github.iamuser.contract;

import static io.github.iamuser.contract.ContractPatterns.ACCOUNT_SWITCH_KEY;
import static io.github.iamuser.contract.ContractPatterns.AUTHORIZATION;
import static io.github.iamuser.contract.ContractPatterns.AUTHORIZATION_EXAMPLE;
import static io.github.iamuser.contract.ContractPatterns.JSON_MEDIA_TYPE;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matchers;
import io.github.iamuser.options.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts every interaction shares: an EdgeGrid-signed request, the account switch key, a JSON answer. */
final class SignedRequests {
    private SignedRequests() {}

    /**
     * A request with an EdgeGrid {@code Authorization} header of the exact shape, and the
     * {@code accountSwitchKey} query parameter when {@code accountSwitchKey} is not null (when it is
     * null, the request must carry no other query parameter).
     */
    static HttpRequestBuilder signed(
            HttpRequestBuilder request, ApiVersion version, String method, String path, String accountSwitchKey) {
        request.method(method)
                .path(IamContract.basePath(version) + path)
                .header("Authorization", Matchers.regexp(AUTHORIZATION, AUTHORIZATION_EXAMPLE));
        if (accountSwitchKey != null) {
            request.queryParameter("accountSwitchKey", Matchers.regexp(ACCOUNT_SWITCH_KEY, accountSwitchKey));
        }
        return request;
    }

    /**
     * A signed GET of a user that sends {@code actions}, {@code authGrants} and {@code notifications}
     * explicitly as {@code false}: Akamai's reference requires {@code notifications}, and its Go SDK
     * sends all three.
     */
    static HttpRequestBuilder getUser(
            HttpRequestBuilder request, ApiVersion version, String uiIdentityId, String accountSwitchKey) {
        return signed(request, version, "GET", "/ui-identities/" + uiIdentityId, accountSwitchKey)
                .queryParameter("actions", "false")
                .queryParameter("authGrants", "false")
                .queryParameter("notifications", "false");
    }

    /** A signed request with a JSON body. */
    static HttpRequestBuilder signedJson(
            HttpRequestBuilder request,
            ApiVersion version,
            String method,
            String path,
            String accountSwitchKey,
            DslPart body) {
        return signed(request, version, method, path, accountSwitchKey)
                .header("Content-Type", Matchers.regexp(JSON_MEDIA_TYPE, "application/json; charset=UTF-8"))
                .body(body);
    }

    /** An answer with a JSON body. */
    static HttpResponseBuilder json(HttpResponseBuilder response, int status, DslPart body) {
        return withBody(response, status, "application/json", body);
    }

    /** An error answer with a problem document (RFC 9457), as IAM sends them. */
    static HttpResponseBuilder problem(HttpResponseBuilder response, int status, DslPart body) {
        return withBody(response, status, "application/problem+json", body);
    }

    private static HttpResponseBuilder withBody(
            HttpResponseBuilder response, int status, String mediaType, DslPart body) {
        return response.status(status)
                .header("Content-Type", Matchers.regexp(JSON_MEDIA_TYPE, mediaType))
                .body(body);
    }

    /** The parameters of a provider state about one user, in a fixed order, so the pact file never changes. */
    static Map<String, Object> userState(String uiIdentityId, String accountSwitchKey) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(IamContract.UI_IDENTITY_ID, uiIdentityId);
        if (accountSwitchKey != null) {
            params.put(IamContract.ACCOUNT_SWITCH_KEY, accountSwitchKey);
        }
        return params;
    }
}
