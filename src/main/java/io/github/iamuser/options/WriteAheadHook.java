package io.github.iamuser.options;

import com.google.gson.JsonObject;

/**
 * Called by a safe update once the complete body is checked and just before it is PUT, with the
 * profile as read and the profile about to be sent (17 fields each, copies): where a caller records
 * a backup or a journal entry first, or stops the update by throwing (then nothing is sent).
 */
@FunctionalInterface
public interface WriteAheadHook {
    /** Does nothing. */
    WriteAheadHook NONE = (uiIdentityId, accountSwitchKey, before, after) -> {};

    /**
     * Runs before the PUT of {@code after} to the user; {@code accountSwitchKey} is the one the update
     * runs with (null: the client's default).
     */
    void beforeWrite(String uiIdentityId, String accountSwitchKey, JsonObject before, JsonObject after);
}
