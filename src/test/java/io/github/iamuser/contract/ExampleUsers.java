package io.github.iamuser.contract;

/**
 * The users, accounts and profiles the contract's examples describe. The provider states name the
 * users, and the provider verification seeds these profiles into them.
 */
final class ExampleUsers {
    /** The managed account the US user and the lookups are asked for in. */
    static final String ACCOUNT_SWITCH_KEY = "1-5C0YLB";

    /** A user that account {@link #ACCOUNT_SWITCH_KEY} does not have. */
    static final String MISSING_USER = "A-B-9ZZZZZ";

    /** Every field set, as a US profile must be: state {@code MA}, ZIP {@code 02142}. */
    static final ExampleProfile US_PROFILE = ExampleProfile.of(
            "firstName",
            "Ada",
            "lastName",
            "Lovelace",
            "email",
            "ada.lovelace@example.com",
            "secondaryEmail",
            "ada@example.org",
            "phone",
            "6175550100",
            "mobilePhone",
            "6175550199",
            "jobTitle",
            "Chief Engineer",
            "address",
            "150 Broadway",
            "city",
            "Cambridge",
            "state",
            "MA",
            "zipCode",
            "02142",
            "country",
            "USA",
            "contactType",
            "Technical Decision Maker",
            "preferredLanguage",
            "English",
            "timeZone",
            "America/New_York",
            "sessionTimeOut",
            1800,
            "tfaEnabled",
            true);

    /** Germany: every optional field has no value ({@code ""}), the phone is international. */
    static final ExampleProfile NO_STATE_PROFILE = ExampleProfile.of(
            "firstName",
            "Grace",
            "lastName",
            "Hopper",
            "email",
            "grace.hopper@example.com",
            "secondaryEmail",
            "",
            "phone",
            "+49 30 1234567",
            "mobilePhone",
            "",
            "jobTitle",
            "",
            "address",
            "",
            "city",
            "",
            "state",
            "",
            "zipCode",
            "",
            "country",
            "Germany",
            "contactType",
            "",
            "preferredLanguage",
            "English",
            "timeZone",
            "Europe/Berlin",
            "sessionTimeOut",
            3600,
            "tfaEnabled",
            false);

    /** A user of account {@link #ACCOUNT_SWITCH_KEY} with a complete US profile. */
    static final ExampleUser US_USER = new ExampleUser("B-C-4RSTUV", "alovelace", ACCOUNT_SWITCH_KEY, US_PROFILE);

    /** A user of the API client's own account who lives in Germany: no state, no ZIP code. */
    static final ExampleUser NO_STATE_USER = new ExampleUser("A-B-3MNOPQ", "ghopper", "1-1TJZFW", NO_STATE_PROFILE);

    /** {@link #US_USER} as IAM v3 reads and writes it: two-factor authentication is additionalAuthentication TFA. */
    static final ExampleUser US_USER_V3 = US_USER.with(US_PROFILE.inV3("TFA"));

    /** {@link #NO_STATE_USER} as IAM v3 reads and writes it, signing in with Akamai MFA (which v2 cannot show). */
    static final ExampleUser NO_STATE_USER_V3 = NO_STATE_USER.with(NO_STATE_PROFILE.inV3("MFA"));

    private ExampleUsers() {}

    /**
     * One example user: its id, user name and account as the API reports them, and its profile.
     *
     * @param uiIdentityId the user's id, as in the path
     * @param uiUserName the user's login name
     * @param accountId the account the user belongs to
     * @param profile the user's 17 profile fields
     */
    record ExampleUser(String uiIdentityId, String uiUserName, String accountId, ExampleProfile profile) {
        /** The same user with another profile. */
        ExampleUser with(ExampleProfile changed) {
            return new ExampleUser(uiIdentityId, uiUserName, accountId, changed);
        }
    }
}
