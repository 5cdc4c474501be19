package io.github.iamuser.contract;

import static io.github.iamuser.contract.ContractPatterns.ISO_INSTANT;
import static io.github.iamuser.contract.ContractPatterns.WHOLE_NUMBER;
import static io.github.iamuser.contract.SignedRequests.getUser;
import static io.github.iamuser.contract.SignedRequests.problem;
import static io.github.iamuser.contract.SignedRequests.signed;
import static io.github.iamuser.contract.SignedRequests.signedJson;
import static io.github.iamuser.contract.SignedRequests.userState;

import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import io.github.iamuser.contract.ExampleUsers.ExampleUser;
import io.github.iamuser.options.ApiVersion;

/**
 * The error answers the client must understand: a 400 problem document naming the invalid field
 * under {@code errors[]}, a 404 for an unknown user, and a 429 with its rate-limit headers.
 */
final class ErrorInteractions {
    /** A time zone of the right form that the timezones lookup does not list. */
    static final String UNKNOWN_TIME_ZONE = "Mars/Olympus_Mons";

    /** The wait the 429 asks for, in seconds. */
    static final int RETRY_AFTER_SECONDS = 30;

    private ErrorInteractions() {}

    /** PUT of a complete profile whose time zone the server does not know: 400, naming {@code timeZone}. */
    static ContractInteraction unknownTimeZone(ExampleUser user, String accountSwitchKey) {
        ExampleProfile invalid = user.profile().with("timeZone", UNKNOWN_TIME_ZONE);
        return new ContractInteraction(
                "a profile update of user " + user.uiIdentityId() + " with a time zone the lookup does not list",
                interaction -> interaction
                        .state(IamContract.US_PROFILE_STATE, userState(user.uiIdentityId(), accountSwitchKey))
                        .withRequest(request -> signedJson(
                                request,
                                ApiVersion.V2,
                                "PUT",
                                "/ui-identities/" + user.uiIdentityId() + "/basic-info",
                                accountSwitchKey,
                                ProfileBody.request(invalid)))
                        .willRespondWith(response -> problem(
                                response,
                                400,
                                problemDocument(400, "Validation Exception")
                                        .minArrayLike("errors", 1)
                                        .stringValue("field", "timeZone")
                                        .stringType(
                                                "detail",
                                                "timeZone '" + UNKNOWN_TIME_ZONE + "' is not one of the time zones.")
                                        .closeObject()
                                        .closeArray())));
    }

    /** GET of a user the account does not have: 404. */
    static ContractInteraction unknownUser(String uiIdentityId, String accountSwitchKey) {
        return new ContractInteraction(
                "a request for user " + uiIdentityId + ", whom the account does not have",
                interaction -> interaction
                        .state(IamContract.NO_SUCH_USER_STATE, userState(uiIdentityId, accountSwitchKey))
                        .withRequest(request -> getUser(request, ApiVersion.V2, uiIdentityId, accountSwitchKey))
                        .willRespondWith(response -> problem(response, 404, problemDocument(404, "User not found"))));
    }

    /** GET of the countries after the rate limit is used up: 429 with Retry-After and X-RateLimit-* headers. */
    static ContractInteraction rateLimited(String accountSwitchKey) {
        return new ContractInteraction(
                "a request for the countries while the rate limit is used up",
                interaction -> interaction
                        .state(IamContract.RATE_LIMITED_STATE)
                        .withRequest(
                                request -> signed(request, ApiVersion.V2, "GET", "/common/countries", accountSwitchKey))
                        .willRespondWith(response -> problem(response, 429, problemDocument(429, "Too Many Requests"))
                                .header(
                                        "Retry-After",
                                        Matchers.regexp(WHOLE_NUMBER, Integer.toString(RETRY_AFTER_SECONDS)))
                                .header("X-RateLimit-Limit", Matchers.regexp(WHOLE_NUMBER, "100"))
                                .header("X-RateLimit-Remaining", Matchers.regexp(WHOLE_NUMBER, "0"))
                                .header("X-RateLimit-Next", Matchers.regexp(ISO_INSTANT, "2024-01-01T00:00:30.000Z"))));
    }

    /** A problem document: {@code type}, {@code title} and {@code detail} by type, the status exactly. */
    private static PactDslJsonBody problemDocument(int status, String title) {
        return new PactDslJsonBody()
                .stringType("type", "/useradmin-api/error-types/example")
                .stringType("title", title)
                .stringType("detail", title)
                .numberValue("httpStatus", status);
    }
}
