package io.github.iamuser.options;

import java.util.Optional;
import java.util.regex.Pattern;

/** Settings for one call that override the client's: for now, the account switch key. */
public record RequestOptions(Optional<String> accountSwitchKey) {
    private static final RequestOptions NONE = new RequestOptions(Optional.empty());
    private static final Pattern KEY_FORM = Pattern.compile("^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$");

    /** Refuses a malformed account switch key. */
    public RequestOptions {
        accountSwitchKey.ifPresent(RequestOptions::requireAccountSwitchKey);
    }

    /** No override: the call uses the client's settings. */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Runs the call in the account the key selects (for example {@code 1-5C0YLB} or
     * {@code 1-5C0YLB:1-8BYUX}), instead of the client's; a malformed key is refused here.
     */
    public static RequestOptions forAccount(String accountSwitchKey) {
        return new RequestOptions(Optional.of(requireAccountSwitchKey(accountSwitchKey)));
    }

    /** Returns {@code key} when it has an account switch key's form ({@code 1-5C0YLB} or {@code 1-5C0YLB:1-8BYUX}), else throws naming the rule. */
    public static String requireAccountSwitchKey(String key) {
        if (key == null || !KEY_FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("accountSwitchKey '" + key + "' is not valid: it must be"
                    + " letters, digits, '-' or '_', with at most one ':' (for example 1-5C0YLB or"
                    + " 1-5C0YLB:1-8BYUX). List the keys you may use with the IAM API's"
                    + " 'List account switch keys' operation.");
        }
        return key;
    }
}
