package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.internal.Redaction;
import java.util.Locale;

/**
 * One PUT a backup holds: its line's number, the user and account (null: the client's default), the
 * part it changed, the part as read before the PUT ({@code before}: the 17 profile fields, or {@code
 * authGrants} or {@code notifications} in the PUT's form) and as sent ({@code after}), and what became of
 * the PUT, as the line after it recorded ({@link Put#UNKNOWN} when none did).
 */
record BackupEntry(
        long line,
        String uiIdentityId,
        String accountSwitchKey,
        BulkTask.Kind part,
        JsonObject before,
        JsonObject after,
        Put put) {

    /** The same entry with what became of its PUT. */
    BackupEntry with(Put put) {
        return new BackupEntry(line, uiIdentityId, accountSwitchKey, part, before, after, put);
    }

    /** What became of a PUT whose lines were written: recorded in the backup and the journal as {@code "put"}. */
    enum Put {
        /** The server answered 200: the profile holds {@code after}. */
        APPLIED,
        /** The server refused it (4xx): the profile was not changed. */
        REFUSED,
        /** No answer tells (a stop, a timeout, a 5xx): the profile holds {@code after} or {@code before}. */
        UNKNOWN;

        /** As written in a file. */
        String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The outcome written as {@code text}, or null when it is none. */
        static Put of(String text) {
            return BulkTask.named(values(), text);
        }
    }

    /** The entry with personal data masked, as the logs mask it. */
    @Override
    public String toString() {
        return "BackupEntry[line=" + line + ", uiIdentityId=" + uiIdentityId + ", accountSwitchKey=" + accountSwitchKey
                + ", part=" + part + ", before=" + Redaction.masked(before) + ", after=" + Redaction.masked(after)
                + "]";
    }
}
