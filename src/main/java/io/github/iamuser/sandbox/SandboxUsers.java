package io.github.iamuser.sandbox;

/**
 * The accounts and users an {@link IamSandbox} starts with, and returns to on {@link IamSandbox#reset()}.
 * In v3 their {@code additionalAuthentication} is TFA for {@link #US_USER}, {@link #CANADIAN_USER} and
 * {@link #CONTRACT_USER}, MFA for {@link #GERMAN_USER} (whom v2 shows with {@code tfaEnabled: false}),
 * and NONE for the others.
 *
 * <p>The API client's own account (no {@code accountSwitchKey}) holds {@link #US_USER},
 * {@link #CANADIAN_USER}, {@link #GERMAN_USER} and the {@link #loadUser(int) load users}; the
 * account selected by {@link #SWITCH_KEY} holds {@link #SWITCHED_USER}; the one selected by
 * {@link #SWITCH_KEY_WITH_CONTRACT} holds {@link #CONTRACT_USER}. A user asked for in any other
 * account is a 404, and any other switch key is a 403.
 */
public final class SandboxUsers {
    /** The {@code accountId} of the API client's own account, where calls without a switch key run. */
    public static final String OWN_ACCOUNT_ID = "1-1TJZFW";

    /** A switch key selecting a second account (whose {@code accountId} is the key itself). */
    public static final String SWITCH_KEY = "1-5C0YLB";

    /** A switch key with a contract type, selecting a third account (its {@code accountId} is the key). */
    public static final String SWITCH_KEY_WITH_CONTRACT = "1-5C0YLB:1-8BYUX";

    /**
     * Ada Lovelace, own account, USA: every one of the 17 fields set (state {@code MA}, ZIP
     * {@code 02142}, phone {@code 6175550100}); the spec's {@code usUser} example.
     */
    public static final String US_USER = "A-B-1CDEFG";

    /**
     * Émilie Tremblay, own account, Canada: province {@code ON}, postal code {@code M5H 2N2}, phone
     * stored as {@code (416) 555-0123}, language {@code Français}, no mobile phone.
     */
    public static final String CANADIAN_USER = "A-B-2HIJKL";

    /**
     * Grace Hopper, own account, Germany: neither state nor ZIP, every optional field {@code ""}
     * except the phone, stored as {@code +49 30 1234567}; the spec's {@code noStateNoZip} example.
     */
    public static final String GERMAN_USER = "A-B-3MNOPQ";

    /** Kenji Sato, Japan, in the account of {@link #SWITCH_KEY}. */
    public static final String SWITCHED_USER = "B-C-4RSTUV";

    /** Priya Sharma, India, in the account of {@link #SWITCH_KEY_WITH_CONTRACT}. */
    public static final String CONTRACT_USER = "B-D-5WXYZA";

    /** The most users {@code IamSandbox.builder().users(n)} generates. */
    public static final int MAX_GENERATED_USERS = 1_000_000;

    /** How many load users the own account holds, for concurrent tests and benchmarks. */
    public static final int LOAD_USER_COUNT = 32;

    private SandboxUsers() {}

    /**
     * The id of load user {@code index} (0 to {@link #LOAD_USER_COUNT} - 1), e.g. {@code L-U-000007}:
     * own account, USA, every field set, so concurrent callers can each own a user.
     */
    public static String loadUser(int index) {
        if (index < 0 || index >= LOAD_USER_COUNT) {
            throw new IllegalArgumentException(
                    "load user index " + index + " is out of range: use 0 to " + (LOAD_USER_COUNT - 1) + ".");
        }
        return String.format("L-U-%06d", index);
    }

    /**
     * The id of generated user {@code index} (0 to n - 1 for a sandbox started with
     * {@code users(n)}), e.g. {@code G-U-000042}: own account, USA, a valid profile.
     */
    public static String generatedUser(int index) {
        if (index < 0 || index >= MAX_GENERATED_USERS) {
            throw new IllegalArgumentException(
                    "generated user index " + index + " is out of range: use 0 to " + (MAX_GENERATED_USERS - 1) + ".");
        }
        return String.format("G-U-%06d", index);
    }
}
