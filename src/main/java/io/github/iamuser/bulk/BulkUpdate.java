package io.github.iamuser.bulk;

import io.github.iamuser.IamClient;
import io.github.iamuser.internal.LocalFiles;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.RefusedChangeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * Bulk updates and restores an admin can trust: rows in, one safe update per row (complete body,
 * validation, email opt-in, nothing sent when nothing changes, server differences reported), at most
 * {@code concurrency} at a time and never two of one user, paced within the rate limit; results and
 * progress out. A bad row is reported and the others go on. With a backup, each PUT's before and
 * after are on the disk before it is sent; with a journal, a run stopped at any moment is finished by
 * running it again, every user updated once.
 *
 * <pre>{@code
 * BulkReport report = BulkUpdate.builder(iam).journal(Path.of("run.journal")).backup(Path.of("run.backup"))
 *     .build().apply(List.of(BulkRow.of("A-B-1CDEFG", c -> c.jobTitle("CTO").clear(ProfileField.MOBILE_PHONE))));
 * }</pre>
 */
public final class BulkUpdate {
    /** How many rows run at once unless {@link Builder#concurrency} says otherwise. */
    public static final int DEFAULT_CONCURRENCY = 4;

    /** The most rows (or, for {@link UserExport}, profile reads) worked on at once. */
    public static final int MAX_CONCURRENCY = 64;

    private final IamClient client;
    private final Builder settings;

    private BulkUpdate(IamClient client, Builder settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Starts configuring bulk runs through {@code client} (whose API version, account and retries they use). */
    public static Builder builder(IamClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Returns {@code concurrency} when it is 1 to {@value #MAX_CONCURRENCY}.
     *
     * @throws IllegalArgumentException naming the rule, starting "concurrency must be"
     */
    public static int requireConcurrency(int concurrency) {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + " (got " + concurrency
                    + "): the rate limit, not threads, sets the pace; " + DEFAULT_CONCURRENCY + " is usually enough.");
        }
        return concurrency;
    }

    /**
     * Applies the rows: each makes its change to its user, the rest kept; a row's parts in order (profile,
     * grants, notifications), each journaled and backed up on its own, the row ending at the first that fails.
     *
     * @throws IllegalArgumentException when two rows name the same user in the same account, or a row sets or
     *     clears a field the client's API version does not have; nothing is sent
     * @throws IllegalStateException when the journal or backup is in use by another run; nothing is sent
     * @throws StoppedException when the journal or backup could not be written: no row starts after that
     */
    public BulkReport apply(List<BulkRow> rows) throws IOException, InterruptedException {
        String account = client.accountSwitchKey().orElse(null);
        Map<UserKey, Long> seen = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        Set<String> otherVersion = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkRow row = rows.get(i);
            Long first =
                    seen.putIfAbsent(UserKey.of(row.accountSwitchKey(), row.uiIdentityId(), account), line(row, i));
            if (first != null) {
                repeated.add(row.uiIdentityId() + " on lines " + first + " and " + line(row, i));
            }
            try {
                row.change()
                        .refusedIn(client.apiVersion())
                        .forEach(v -> otherVersion.add(v.field() + ", which " + v.message()));
            } catch (RefusedChangeException e) {
                // the row fails when it runs, naming each field
            }
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("each user may appear once, but " + String.join("; ", repeated)
                    + ": merge each user's rows into one. Nothing was sent.");
        }
        if (!otherVersion.isEmpty()) {
            throw new IllegalArgumentException("the rows set or clear " + String.join("; ", otherVersion) + ".");
        }
        return run(rows.size(), index -> rows.get(index).task(line(rows.get(index), index), settings.allowEmailChange));
    }

    /** The row's line, or its place in the list (from 1) when it has none. */
    private static long line(BulkRow row, int index) {
        return row.line() > 0 ? row.line() : index + 1;
    }

    /**
     * Puts each user's profile back as a backup recorded it before the first PUT it holds for that
     * user that the server did not refuse; a user whose profile is no longer what those PUTs left is a
     * {@link RowStatus#CONFLICT} and left alone, unless {@link Builder#force}. Each user's lines are read
     * from the file again when the user's turn comes.
     *
     * @throws IllegalArgumentException when the backup was written in another API version; nothing is sent
     * @throws StoppedException when the journal could not be written: no row starts after that
     */
    public BulkReport restore(Backup backup) throws IOException, InterruptedException {
        ApiVersion version = client.apiVersion();
        ApiVersion written = backup.version();
        if (written != null && written != version) {
            throw new IllegalArgumentException("the backup holds " + written + " profiles, and this client"
                    + " speaks " + version + ": restore with the version the backup was written in (command"
                    + " line: --api-version " + written.number() + "). Nothing was sent.");
        }
        List<long[]> users = RestorePlan.users(backup, client.accountSwitchKey().orElse(null));
        return run(users.size(), index -> RestorePlan.task(backup.path(), users.get(index), settings.force));
    }

    private BulkReport run(int count, IntFunction<BulkTask> task) throws IOException, InterruptedException {
        Path backupFile = settings.backup;
        Path journalFile = settings.journal;
        if (backupFile != null && journalFile != null && LocalFiles.sameFile(backupFile, journalFile)) {
            throw new IllegalArgumentException("--backup and --journal (backup() and journal()) both name "
                    + journalFile + ": give each its own file. Nothing was sent.");
        }
        IamClient paced =
                settings.pacing ? client.withOptions(b -> b.paceWithinRateLimit(settings.concurrency)) : client;
        try (Journal journal = Journal.open(journalFile, backupFile, !settings.dryRun)) {
            return new BulkRun(paced, settings, journal).run(count, task);
        } finally {
            if (paced != client) {
                paced.close(); // the sibling only: the caller's client stays open
            }
        }
    }

    /** Configures {@link BulkUpdate}; every setting has a default. */
    public static final class Builder implements Cloneable {
        private final IamClient client;
        int concurrency = DEFAULT_CONCURRENCY;
        boolean dryRun;
        boolean allowEmailChange;
        boolean checkLookups;
        boolean force;
        boolean pacing = true;
        Path backup;
        Path journal;
        BiConsumer<RowResult, BulkProgress> listener = (result, progress) -> {};
        UserGuard guard = userKey -> () -> {};

        private Builder(IamClient client) {
            this.client = client;
        }

        /** How many rows run at once (default {@value BulkUpdate#DEFAULT_CONCURRENCY}; see {@link #requireConcurrency}); one user's calls never overlap. */
        public Builder concurrency(int concurrency) {
            this.concurrency = requireConcurrency(concurrency);
            return this;
        }

        /** When true, each row is read and checked and its difference reported; nothing but GETs is sent. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Confirms that rows may change a user's email, the login identity (default: such rows fail). */
        public Builder allowEmailChange(boolean allowEmailChange) {
            this.allowEmailChange = allowEmailChange;
            return this;
        }

        /** Also checks lookup-valued fields against the account's lookups (asked once per account). */
        public Builder checkLookups(boolean checkLookups) {
            this.checkLookups = checkLookups;
            return this;
        }

        /** Restore: puts the befores back even over changes made since the backup (default: such users are left alone). */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** Appends one line per PUT to {@code file} (before and after), forced to the disk before the PUT. */
        public Builder backup(Path file) {
            this.backup = file;
            return this;
        }

        /** Journals each row to {@code file}; a run started again with the same file skips what is done. */
        public Builder journal(Path file) {
            this.journal = file;
            return this;
        }

        /** Told of each row's result and the progress as the row ends, from the run's threads, one call at a time. */
        public Builder listener(BiConsumer<RowResult, BulkProgress> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Held around each row's read-modify-write (default: none beyond the client's own per-user order). */
        public Builder userGuard(UserGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /** When false, calls are not paced by the X-RateLimit headers (the client still retries 429s). */
        public Builder pacing(boolean pacing) {
            this.pacing = pacing;
            return this;
        }

        /** The configured runner; later changes to this builder do not change it. */
        public BulkUpdate build() {
            try {
                return new BulkUpdate(client, (Builder) clone());
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A run stopped before its next PUT because its backup or journal could not be written (a full disk): the
     * message names the file, why, and how to finish the run.
     */
    public static final class StoppedException extends IOException {
        private static final long serialVersionUID = 1L;

        StoppedException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
