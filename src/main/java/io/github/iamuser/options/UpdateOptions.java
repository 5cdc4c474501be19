package io.github.iamuser.options;

import io.github.iamuser.auth.AccountSwitchKeys;

/**
 * How a safe update runs: the account switch key (null: the client's default), dry run (GET only,
 * nothing written), and whether lookup-valued fields are checked against the account's lookups.
 */
public record UpdateOptions(String accountSwitchKey, boolean dryRun, boolean checkLookups) {

    /** The defaults: the client's account, a real update, no lookup checks. */
    public static UpdateOptions defaults() {
        return new UpdateOptions(null, false, false);
    }

    /** Checks the account switch key's form. */
    public UpdateOptions {
        if (accountSwitchKey != null) {
            AccountSwitchKeys.require(accountSwitchKey);
        }
    }

    /** The same options in another account. */
    public UpdateOptions withAccountSwitchKey(String key) {
        return new UpdateOptions(key, dryRun, checkLookups);
    }

    /** The same options, sending nothing but the GET when {@code dryRun} is true. */
    public UpdateOptions withDryRun(boolean dryRun) {
        return new UpdateOptions(accountSwitchKey, dryRun, checkLookups);
    }

    /** The same options, also checking lookup-valued fields against the account's lookups (cached). */
    public UpdateOptions withLookupChecks(boolean checkLookups) {
        return new UpdateOptions(accountSwitchKey, dryRun, checkLookups);
    }
}
