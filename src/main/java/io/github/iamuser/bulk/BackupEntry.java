package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.profile.PersonalData;

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

    /** The entry with personal data masked, as the logs mask it. */
    @Override
    public String toString() {
        return "BackupEntry[line=" + line + ", uiIdentityId=" + uiIdentityId + ", accountSwitchKey=" + accountSwitchKey
                + ", before=" + PersonalData.masked(before) + ", after=" + PersonalData.masked(after) + "]";
    }
}
