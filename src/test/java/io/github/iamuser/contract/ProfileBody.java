package io.github.iamuser.contract;

import static io.github.iamuser.contract.ContractPatterns.CONTACT_TYPE;
import static io.github.iamuser.contract.ContractPatterns.COUNTRY;
import static io.github.iamuser.contract.ContractPatterns.LANGUAGE;
import static io.github.iamuser.contract.ContractPatterns.SESSION_TIME_OUT;
import static io.github.iamuser.contract.ContractPatterns.TIME_ZONE;
import static io.github.iamuser.contract.ContractPatterns.USA;
import static io.github.iamuser.contract.ContractPatterns.US_STATE;
import static io.github.iamuser.contract.ContractPatterns.US_ZIP_CODE;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import io.github.iamuser.contract.ExampleUsers.ExampleUser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;

/**
 * Pact bodies of a user's profile (either version's), each key with the matcher the contract pins it by.
 * v2: every one of the 17 keys, an empty field pinned to exactly {@code ""} in a PUT. v3: an optional text
 * field with no value left out (a request that carries it fails: Pact refuses an extra key), every text
 * field that is there non-empty (Akamai's v3 reference: {@code minLength: 1}).
 */
final class ProfileBody {
    private ProfileBody() {}

    /** The body of a profile PUT: every key, lookup-valued fields by value set, "no value" exactly {@code ""}. */
    static PactDslJsonBody request(ExampleProfile profile) {
        PactDslJsonBody body = new PactDslJsonBody();
        addProfile(body, profile, true);
        return body;
    }

    /**
     * A user as the API returns it: the profile (empty text fields by type) and the response-only
     * members the client reads. Other members are allowed: the client tolerates unknown ones.
     */
    static PactDslJsonBody user(ExampleUser user) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringValue("uiIdentityId", user.uiIdentityId())
                .stringType("uiUserName", user.uiUserName())
                .stringType("accountId", user.accountId())
                .booleanType("isLocked", false);
        addProfile(body, user.profile(), false);
        return body;
    }

    private static void addProfile(PactDslJsonBody body, ExampleProfile profile, boolean pinNoValue) {
        boolean usa = "USA".equals(profile.text("country"));
        boolean v3 = profile.version() == ApiVersion.V3;
        for (String field : profile.fields()) {
            Object value = profile.value(field);
            if ("".equals(value)
                    && v3
                    && ProfileField.fromJsonName(field).orElseThrow().leftOutWhenEmptyIn(ApiVersion.V3)) {
                continue;
            }
            if ("".equals(value) && pinNoValue) {
                body.stringValue(field, "");
                continue;
            }
            switch (field) {
                case "country" -> body.stringMatcher(field, usa ? USA : COUNTRY, (String) value);
                case "state" -> lookupOrText(body, field, usa ? US_STATE : null, (String) value);
                case "zipCode" -> lookupOrText(body, field, usa ? US_ZIP_CODE : null, (String) value);
                case "contactType" -> lookupOrText(body, field, CONTACT_TYPE, (String) value);
                case "preferredLanguage" -> body.stringMatcher(field, LANGUAGE, (String) value);
                case "timeZone" -> body.stringMatcher(field, TIME_ZONE, (String) value);
                case "sessionTimeOut" ->
                    body.and(
                            field,
                            value,
                            new NumberTypeMatcher(NumberTypeMatcher.NumberType.INTEGER),
                            new RegexMatcher(SESSION_TIME_OUT));
                case "tfaEnabled" -> body.booleanType(field, (Boolean) value);
                case "additionalAuthentication" ->
                    body.stringMatcher(field, ContractPatterns.ADDITIONAL_AUTHENTICATION, (String) value);
                default -> {
                    if (v3) {
                        body.stringMatcher(field, ContractPatterns.NON_EMPTY, (String) value);
                    } else {
                        body.stringType(field, (String) value);
                    }
                }
            }
        }
    }

    /** A value set or pattern for a non-empty value; an empty one (in an answer) by type. */
    private static void lookupOrText(PactDslJsonBody body, String field, String pattern, String value) {
        if (pattern == null || value.isEmpty()) {
            body.stringType(field, value);
        } else {
            body.stringMatcher(field, pattern, value);
        }
    }
}
