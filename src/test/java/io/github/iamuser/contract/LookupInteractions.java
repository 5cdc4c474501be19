package io.github.iamuser.contract;

import static io.github.iamuser.contract.SignedRequests.json;
import static io.github.iamuser.contract.SignedRequests.signed;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import io.github.iamuser.options.ApiVersion;

/** The six lookups that say which values the lookup-valued profile fields accept. */
final class LookupInteractions {
    private LookupInteractions() {}

    /** The six lookups, each asked for in the account of {@code accountSwitchKey}. */
    static ContractInteraction[] all(String accountSwitchKey) {
        return new ContractInteraction[] {
            lookup("the contact types", "/common/contact-types", accountSwitchKey, strings("Billing")),
            lookup("the countries", "/common/countries", accountSwitchKey, strings("USA")),
            lookup("the states of the USA", "/common/countries/USA/states", accountSwitchKey, strings("MA")),
            lookup("the supported languages", "/common/supported-languages", accountSwitchKey, strings("English")),
            lookup(
                    "the timeout policies",
                    "/common/timeout-policies",
                    accountSwitchKey,
                    PactDslJsonArray.arrayMinLike(1)
                            .stringType("name", "after30Minutes")
                            .integerType("value", 1800)
                            .closeObject()),
            lookup(
                    "the time zones",
                    "/common/timezones",
                    accountSwitchKey,
                    PactDslJsonArray.arrayMinLike(1)
                            .stringType("timezone", "America/New_York")
                            .stringType("description", "America/New York GMT-5")
                            .stringType("offset", "-5")
                            .stringType("posix", "America/New_York")
                            .closeObject())
        };
    }

    private static ContractInteraction lookup(String what, String path, String accountSwitchKey, DslPart answer) {
        return new ContractInteraction(
                "a request for " + what,
                interaction -> interaction
                        .withRequest(request -> signed(request, ApiVersion.V2, "GET", path, accountSwitchKey))
                        .willRespondWith(response -> json(response, 200, answer)));
    }

    /** A list of at least one string, like {@code example}. */
    private static DslPart strings(String example) {
        return PactDslJsonArray.arrayMinLike(1, PactDslJsonRootValue.stringType(example));
    }
}
