package io.github.iamuser.bulk;

import com.google.gson.JsonObject;

/**
 * One line of a backup file: the user and account (null: the client's default), the 17 profile
 * fields as read before the PUT ({@code before}) and as about to be sent ({@code after}), and the
 * line's number in the file.
 */
public record BackupEntry(
        long line, String uiIdentityId, String accountSwitchKey, JsonObject before, JsonObject after) {

    /** Copies the profiles. */
    public BackupEntry {
        before = before.deepCopy();
        after = after.deepCopy();
    }

    @Override
    public JsonObject before() {
        return before.deepCopy();
    }

    @Override
    public JsonObject after() {
        return after.deepCopy();
    }
}
