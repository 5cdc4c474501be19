package io.github.iamuser.auth;

import java.util.regex.Pattern;

/** Checks the form of an account switch key ({@code 1-5C0YLB} or {@code 1-5C0YLB:1-8BYUX}). */
public final class AccountSwitchKeys {
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$");

    private AccountSwitchKeys() {}

    /** Returns the key when it has the documented form, else throws naming the rule and an example. */
    public static String require(String key) {
        if (key == null || !FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("accountSwitchKey '" + key + "' is not valid: it must be"
                    + " letters, digits, '-' or '_', with at most one ':' (for example 1-5C0YLB or"
                    + " 1-5C0YLB:1-8BYUX). List the keys you may use with the IAM API's"
                    + " 'List account switch keys' operation.");
        }
        return key;
    }
}
