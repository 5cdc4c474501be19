package io.github.iamuser.options;

import io.github.iamuser.auth.AccountSwitchKeys;
import java.util.Optional;

/** Settings for one call that override the client's: for now, the account switch key. */
public record RequestOptions(Optional<String> accountSwitchKey) {
    private static final RequestOptions NONE = new RequestOptions(Optional.empty());

    /** Refuses a malformed account switch key. */
    public RequestOptions {
        accountSwitchKey.ifPresent(AccountSwitchKeys::require);
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
        return new RequestOptions(Optional.of(AccountSwitchKeys.require(accountSwitchKey)));
    }
}
