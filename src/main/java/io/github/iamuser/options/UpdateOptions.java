package io.github.iamuser.options;

import io.github.iamuser.auth.EdgeGridCredential;
import java.util.Objects;

/**
 * How a safe update runs: the account switch key (null: the client's default), dry run (GET only,
 * nothing written), whether lookup-valued fields are checked against the account's lookups, and
 * what runs just before the PUT ({@link WriteAheadHook}, such as a bulk run's backup).
 */
public record UpdateOptions(
        String accountSwitchKey, boolean dryRun, boolean checkLookups, WriteAheadHook writeAheadHook) {

    /** The defaults: the client's account, a real update, no lookup checks, nothing before the PUT. */
    public static UpdateOptions defaults() {
        return new UpdateOptions(null, false, false, WriteAheadHook.NONE);
    }

    /** Options with nothing run before the PUT. */
    public UpdateOptions(String accountSwitchKey, boolean dryRun, boolean checkLookups) {
        this(accountSwitchKey, dryRun, checkLookups, WriteAheadHook.NONE);
    }

    /** Checks the account switch key's form. */
    public UpdateOptions {
        if (accountSwitchKey != null) {
            EdgeGridCredential.requireAccountSwitchKey(accountSwitchKey);
        }
        Objects.requireNonNull(writeAheadHook, "writeAheadHook (use WriteAheadHook.NONE)");
    }

    /** The same options in another account. */
    public UpdateOptions withAccountSwitchKey(String key) {
        return new UpdateOptions(key, dryRun, checkLookups, writeAheadHook);
    }

    /** The same options, sending nothing but GETs (the user, and lookups when checked) when {@code dryRun} is true. */
    public UpdateOptions withDryRun(boolean dryRun) {
        return new UpdateOptions(accountSwitchKey, dryRun, checkLookups, writeAheadHook);
    }

    /** The same options, also checking lookup-valued fields against the account's lookups (cached). */
    public UpdateOptions withLookupChecks(boolean checkLookups) {
        return new UpdateOptions(accountSwitchKey, dryRun, checkLookups, writeAheadHook);
    }

    /** The same options, running {@code writeAheadHook} just before the PUT (not in a dry run, nor when nothing changed). */
    public UpdateOptions withWriteAheadHook(WriteAheadHook writeAheadHook) {
        return new UpdateOptions(accountSwitchKey, dryRun, checkLookups, writeAheadHook);
    }
}
