package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.internal.Redaction;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every user of an account with the whole profile: IAM's list operation gives the users, then each
 * user is read (the list holds only part of the profile), at most {@code concurrency} at a time and
 * paced within the rate limit like a bulk run. Each profile is handed on as soon as the users before
 * it are, so no more than a few profiles are held at once, whatever the size of the account.
 */
public final class UserExport {
    private final IamClient client;
    private final Long groupId;
    private final int concurrency;

    private UserExport(IamClient client, Long groupId, int concurrency) {
        this.client = Objects.requireNonNull(client, "client");
        this.groupId = groupId;
        this.concurrency = BulkUpdate.requireConcurrency(concurrency);
    }

    /** The export of every user of {@code client}'s account, {@value BulkUpdate#DEFAULT_CONCURRENCY} reads at a time. */
    public static UserExport of(IamClient client) {
        return new UserExport(client, null, BulkUpdate.DEFAULT_CONCURRENCY);
    }

    /** The same export, of the users with a role on the group {@code groupId} only. */
    public UserExport inGroup(long groupId) {
        return new UserExport(client, groupId, concurrency);
    }

    /**
     * The same export, reading {@code concurrency} profiles at a time.
     *
     * @throws IllegalArgumentException when it is out of range (see {@link BulkUpdate#requireConcurrency})
     */
    public UserExport concurrency(int concurrency) {
        return new UserExport(client, groupId, concurrency);
    }

    /** One user: its id and its 17 profile fields (of the client's API version) in the spec's order. */
    public record ExportedUser(String uiIdentityId, JsonObject profile) {
        /** The user with personal data masked, as the logs mask it. */
        @Override
        public String toString() {
            return "ExportedUser[uiIdentityId=" + uiIdentityId + ", profile=" + Redaction.masked(profile) + "]";
        }
    }

    /** Receives the export, on the thread that called {@link #export}, in the list's order. */
    public interface Sink {
        /** The next user of the list, with its profile. */
        void user(ExportedUser user) throws IOException;

        /** The next user of the list was not found when read (404): deleted since the list; the export goes on. */
        void gone(String uiIdentityId) throws IOException;

        /** {@code done} of the list's {@code total} users are handed on. */
        default void read(int done, int total) {}
    }

    /**
     * Hands on the users to {@code sink}, in the list's order, each as soon as it is read.
     *
     * @throws io.github.iamuser.errors.IamException when the list or a user cannot be read (but for a
     *     user not found, which goes to {@link Sink#gone})
     * @throws IOException as {@code sink} throws it; the export stops there
     */
    public void export(Sink sink) throws IOException, InterruptedException {
        Objects.requireNonNull(sink, "sink");
        try (IamClient paced = client.withOptions(b -> b.paceWithinRateLimit(concurrency))) {
            List<String> ids = paced.listUserIds(groupId);
            ExecutorService pool =
                    BulkRun.daemonThreads("iam-user-export", Math.max(1, Math.min(concurrency, ids.size())));
            try {
                Deque<Future<JsonObject>> reading = new ArrayDeque<>(); // the window: twice the reads at once
                int next = 0;
                for (int done = 0; done < ids.size(); done++) {
                    for (; next < ids.size() && reading.size() < 2 * concurrency; next++) {
                        String id = ids.get(next);
                        reading.add(pool.submit(() -> profile(paced, id)));
                    }
                    JsonObject profile = take(reading.remove());
                    if (profile == null) {
                        sink.gone(ids.get(done));
                    } else {
                        sink.user(new ExportedUser(ids.get(done), profile));
                    }
                    sink.read(done + 1, ids.size());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The user's profile fields, or null when the user is not found. */
    private static JsonObject profile(IamClient client, String uiIdentityId) {
        try {
            return client.getUser(uiIdentityId).profile();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private static JsonObject take(Future<JsonObject> read) throws InterruptedException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
