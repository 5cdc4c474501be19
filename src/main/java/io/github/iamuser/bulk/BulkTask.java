package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.grants.GrantsChange;
import io.github.iamuser.grants.NotificationsChange;
import io.github.iamuser.internal.LocalFiles;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One unit of a bulk run, from a row or a backup's entries for one user: where it came from, the user and
 * account (null: the client's default), a fingerprint of what it asks (so a journal tells this row from
 * another row of the same user), and its parts, applied in order (profile, grants, notifications).
 */
record BulkTask(long line, String uiIdentityId, String accountSwitchKey, String fingerprint, List<Part> parts) {

    /** Which part of a user a {@link Part} changes; written in journals and backups as {@code "part"}. */
    enum Kind {
        PROFILE,
        GRANTS,
        NOTIFICATIONS;

        /** As written in a file and a report. */
        String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind written as {@code text} (absent: the profile, as files without parts hold), or null when none. */
        static Kind of(String text) {
            return named(values(), text == null ? "profile" : text);
        }
    }

    /** The constant of {@code values} written as {@code text} (its name in lower case), or null when none is. */
    static <E extends Enum<E>> E named(E[] values, String text) {
        return Arrays.stream(values)
                .filter(value -> value.name().toLowerCase(Locale.ROOT).equals(text))
                .findFirst()
                .orElse(null);
    }

    /**
     * One part of a task: its safe update through a client with the given options, and a check run just before
     * its PUT (a restore's conflict check; throwing stops the PUT).
     */
    record Part(Kind kind, BiFunction<IamClient, UpdateOptions, Sent> update, WriteAheadHook check) {}

    /** What a part's safe update did; {@code read} is the profile as read when nothing was sent (else null). */
    record Sent(Outcome outcome, List<FieldDiff> changes, List<FieldDiff> serverDifferences, JsonObject read) {}

    /** The profile part: the change, made when the part runs. */
    static Part profile(String uiIdentityId, Supplier<ProfileChange> change, WriteAheadHook check) {
        return new Part(
                Kind.PROFILE,
                (client, options) -> {
                    UpdateResult<IamUser> r = client.updateProfile(uiIdentityId, options, change.get());
                    JsonObject read =
                            r.outcome() == Outcome.UNCHANGED ? r.before().profile() : null;
                    return new Sent(r.outcome(), r.changes(), r.serverDifferences(), read);
                },
                check);
    }

    /** The role assignments part (IAM v3). */
    static Part grants(String uiIdentityId, Consumer<GrantsChange> change, WriteAheadHook check) {
        return new Part(
                Kind.GRANTS, (client, options) -> sent(client.updateGrants(uiIdentityId, options, change)), check);
    }

    /** The notifications part (IAM v3). */
    static Part notifications(String uiIdentityId, Consumer<NotificationsChange> change, WriteAheadHook check) {
        return new Part(
                Kind.NOTIFICATIONS,
                (client, options) -> sent(client.updateNotifications(uiIdentityId, options, change)),
                check);
    }

    private static Sent sent(UpdateResult<?> r) {
        return new Sent(r.outcome(), r.changes(), r.serverDifferences(), null);
    }

    /** A short SHA-256 of {@code what}: the same text, the same fingerprint. */
    static String fingerprint(String what) {
        return LocalFiles.sha256(what).substring(0, 32);
    }
}
