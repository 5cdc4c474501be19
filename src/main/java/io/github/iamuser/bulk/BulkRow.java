package io.github.iamuser.bulk;

import io.github.iamuser.grants.GrantsChange;
import io.github.iamuser.grants.NotificationsChange;
import io.github.iamuser.internal.Redaction;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.ProfileChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One row of a bulk update: a user, its account (the client's unless {@link #inAccount} names one), the
 * change to make, the same {@link ProfileChange} as {@code IamClient.updateProfile} takes, and where the row
 * came from for reports ({@link #fromLine}; else its place in the list, from 1), and optionally changes of the
 * user's grants and notifications (IAM v3; {@link #withGrants}, {@link #withNotifications}), applied after the
 * profile. The change is made when the row runs: one it cannot make (a value a field cannot take) fails that
 * row alone.
 *
 * <pre>{@code
 * BulkRow.of("A-B-1CDEFG", c -> c.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE)).inAccount("1-ABCDE:1-2345")
 * }</pre>
 */
public final class BulkRow {
    private final String uiIdentityId;
    private final String accountSwitchKey;
    private final long line;
    private final Consumer<ProfileChange> change;
    private final Consumer<GrantsChange> grants;
    private final Consumer<NotificationsChange> notifications;

    private BulkRow(
            String uiIdentityId,
            String accountSwitchKey,
            long line,
            Consumer<ProfileChange> change,
            Consumer<GrantsChange> grants,
            Consumer<NotificationsChange> notifications) {
        this.uiIdentityId = uiIdentityId;
        this.accountSwitchKey = accountSwitchKey;
        this.line = line;
        this.change = change;
        this.grants = grants;
        this.notifications = notifications;
    }

    /**
     * The row that makes {@code change} to the user {@code uiIdentityId}; fields it does not name keep their values.
     *
     * @throws IllegalArgumentException when the id is missing or blank
     */
    public static BulkRow of(String uiIdentityId, Consumer<ProfileChange> change) {
        if (uiIdentityId == null || uiIdentityId.isBlank()) {
            throw new IllegalArgumentException(
                    "uiIdentityId is missing or blank: give the user's id, such as" + " A-B-1CDEFG, on every row.");
        }
        return new BulkRow(uiIdentityId, null, 0, Objects.requireNonNull(change, "change"), null, null);
    }

    /** The same row in the account of {@code accountSwitchKey} (null: the client's). */
    public BulkRow inAccount(String accountSwitchKey) {
        return new BulkRow(uiIdentityId, accountSwitchKey, line, change, grants, notifications);
    }

    /**
     * The same row, also changing the user's role assignments (IAM v3), after its profile: the same
     * {@link GrantsChange} as {@code IamClient.updateGrants} takes.
     */
    public BulkRow withGrants(Consumer<GrantsChange> grants) {
        return new BulkRow(
                uiIdentityId, accountSwitchKey, line, change, Objects.requireNonNull(grants, "grants"), notifications);
    }

    /** The same row, also changing the user's notifications (IAM v3), after its profile and grants. */
    public BulkRow withNotifications(Consumer<NotificationsChange> notifications) {
        Objects.requireNonNull(notifications, "notifications");
        return new BulkRow(uiIdentityId, accountSwitchKey, line, change, grants, notifications);
    }

    /**
     * The same row, reported as coming from line {@code line} of its input (from 1).
     *
     * @throws IllegalArgumentException when {@code line} is below 1
     */
    public BulkRow fromLine(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " is not a line of an input: lines count from 1.");
        }
        return new BulkRow(uiIdentityId, accountSwitchKey, line, change, grants, notifications);
    }

    /** The user's id. */
    public String uiIdentityId() {
        return uiIdentityId;
    }

    /** The account switch key, or null for the client's account. */
    public String accountSwitchKey() {
        return accountSwitchKey;
    }

    /** The line {@link #fromLine} gave, or 0. */
    public long line() {
        return line;
    }

    /**
     * The row's change, made anew.
     *
     * @throws io.github.iamuser.profile.RefusedChangeException naming each field that cannot take its value
     */
    public ProfileChange change() {
        ProfileChange made = new ProfileChange();
        change.accept(made);
        return made;
    }

    /** The row's task, from {@code line} of its input; {@code allowEmailChange}: its profile change may change the email. */
    BulkTask task(long line, boolean allowEmailChange) {
        String asked;
        try {
            asked = new TreeMap<>(change().values()).toString();
        } catch (RuntimeException invalid) {
            asked = "refused";
        }
        List<BulkTask.Part> parts = new ArrayList<>();
        if (!asked.equals("{}") || (grants == null && notifications == null)) {
            parts.add(BulkTask.profile(
                    uiIdentityId,
                    () -> allowEmailChange ? change().allowEmailChange() : change(),
                    WriteAheadHook.NONE));
        }
        if (grants != null) {
            parts.add(BulkTask.grants(uiIdentityId, grants, WriteAheadHook.NONE));
        }
        if (notifications != null) {
            parts.add(BulkTask.notifications(uiIdentityId, notifications, WriteAheadHook.NONE));
        }
        String what = "update\n" + UserLock.canonicalId(uiIdentityId) + "\n" + asked + partsText();
        return new BulkTask(line, uiIdentityId, accountSwitchKey, BulkTask.fingerprint(what), parts);
    }

    /** What the row asks of its grants and notifications, as text ("" when nothing): the same row, the same text. */
    private String partsText() {
        String text = "";
        try {
            if (grants != null) {
                GrantsChange made = new GrantsChange();
                grants.accept(made);
                text += "\ngrants " + made;
            }
            if (notifications != null) {
                NotificationsChange made = new NotificationsChange();
                notifications.accept(made);
                text += "\nnotifications " + made;
            }
        } catch (RuntimeException refused) {
            text += "\nrefused " + refused.getMessage();
        }
        return text;
    }

    /** The row with the values of personal fields masked, as the logs mask them. */
    @Override
    public String toString() {
        Map<String, String> set = new TreeMap<>();
        List<String> clear = new ArrayList<>();
        String shown;
        try {
            change().values().forEach((field, value) -> {
                if (value.getAsString().equals(ProfileChange.NO_VALUE)) {
                    clear.add(field);
                } else {
                    set.put(field, Redaction.shown(field, value.getAsString()));
                }
            });
            shown = "set=" + set + ", clear=" + clear.stream().sorted().toList();
        } catch (RuntimeException invalid) {
            shown = "change refused: " + invalid.getClass().getSimpleName();
        }
        return "BulkRow[line=" + line + ", uiIdentityId=" + uiIdentityId + ", accountSwitchKey=" + accountSwitchKey
                + ", " + shown + partsText().replace("\n", ", ") + "]";
    }
}
