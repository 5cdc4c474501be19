package io.github.iamuser.contract;

import io.github.iamuser.profile.ProfileField;

/**
 * The regular expressions the contract matches values with: the exact shape of an EdgeGrid
 * {@code Authorization} header, and the value sets of lookup-valued profile fields.
 */
final class ContractPatterns {
    /**
     * {@code EG1-HMAC-SHA256 client_token=...;access_token=...;timestamp=yyyyMMddTHH:mm:ss+0000;}
     * {@code nonce=<uuid>;signature=<base64 of a SHA-256 HMAC>}.
     */
    static final String AUTHORIZATION = "^EG1-HMAC-SHA256 client_token=[^;\\s]+;access_token=[^;\\s]+;"
            + "timestamp=\\d{8}T\\d{2}:\\d{2}:\\d{2}\\+0000;"
            + "nonce=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12};"
            + "signature=[A-Za-z0-9+/]{43}=$";

    /** An example of {@link #AUTHORIZATION}, written to the contract; providers re-sign every request. */
    static final String AUTHORIZATION_EXAMPLE = "EG1-HMAC-SHA256 client_token=akab-client-token-example;"
            + "access_token=akab-access-token-example;timestamp=20261001T09:30:00+0000;"
            + "nonce=8c3e6a2f-4b1d-4e5f-9a7b-0c2d4e6f8a1b;"
            + "signature=bxfJZ3Hl2r5xk2Q1T9gO0nYc7cN6m8Xv0pB4sW1eKqA=";

    /** An account switch key, as the library accepts it: {@code 1-5C0YLB} or {@code 1-5C0YLB:1-8BYUX}. */
    static final String ACCOUNT_SWITCH_KEY = "^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$";

    /** A JSON media type, with or without parameters such as the charset. */
    static final String JSON_MEDIA_TYPE = "^application/(problem\\+)?json(;.*)?$";

    /** The contact-types lookup. */
    static final String CONTACT_TYPE = "^(Billing|Technical Decision Maker|Business Decision Maker|Security)$";

    /** A country as the countries lookup spells it (such as {@code Germany} or {@code New Zealand}). */
    static final String COUNTRY = "^[A-Z][A-Za-z .,'()-]+$";

    /** The one country value of a US profile. */
    static final String USA = "^USA$";

    /** The states lookup of the USA, plus {@code TBD}, which the API accepts in place of a state. */
    static final String US_STATE = "^(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|TBD)$";

    /** A five-digit ZIP code, or ZIP+4. */
    static final String US_ZIP_CODE = "^\\d{5}(-\\d{4})?$";

    /** The supported-languages lookup. */
    static final String LANGUAGE = "^(English|Deutsch|Español|Français|Italiano|Português|日本語|한국어|中文)$";

    /** A time zone of the timezones lookup: {@code GMT}, {@code UTC} or an IANA name such as America/New_York. */
    static final String TIME_ZONE = "^(GMT|UTC|[A-Z][A-Za-z]+(/[A-Z][A-Za-z0-9_+-]+){1,2})$";

    /** IAM v3's additionalAuthentication: one of the values the field table lists (TFA, MFA, NONE). */
    static final String ADDITIONAL_AUTHENTICATION =
            "^(" + String.join("|", ProfileField.ADDITIONAL_AUTHENTICATION.allowedValues()) + ")$";

    /** The values of the timeout-policies lookup, in seconds. */
    static final String SESSION_TIME_OUT = "^(900|1800|2700|3600|7200|14400|64800)$";

    /** Text of at least one character: a v3 text field that is sent (its reference's {@code minLength: 1}). */
    static final String NON_EMPTY = "^.+$";

    /** A whole number, as rate-limit headers carry it. */
    static final String WHOLE_NUMBER = "^\\d+$";

    /**
     * An instant in ISO 8601 (UTC, milliseconds optional), such as {@code 2024-01-01T00:00:30.000Z}:
     * how Akamai writes X-RateLimit-Next (its Go SDK, pkg/session/retries.go, parses it as RFC 3339).
     */
    static final String ISO_INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";

    private ContractPatterns() {}
}
