package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.RequestOptions;
import io.github.iamuser.profile.Field;
import io.github.iamuser.profile.IamUserSummary;
import io.github.iamuser.profile.PersonalData;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Every user of an account with the whole profile: IAM's list operation gives the users, then each
 * user is read (the list holds only part of the profile), at most {@code concurrency} at a time and
 * paced within the rate limit like a bulk run.
 */
public final class UserExport {
    private UserExport() {}

    /** One user: its id and its 17 profile fields (of the client's API version) in the spec's order. */
    public record ExportedUser(String uiIdentityId, JsonObject profile) {
        /** The user with personal data masked, as the logs mask it. */
        @Override
        public String toString() {
            return "ExportedUser[uiIdentityId=" + uiIdentityId + ", profile=" + PersonalData.masked(profile) + "]";
        }
    }

    /** Told how many profiles have been read, of how many. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} profiles read. */
        void read(int done, int total);
    }

    /**
     * The users of the client's account (of one group when {@code groupId} is not null), in the
     * list's order; {@code progress} is told after each profile read (from the reading threads, one call at a time).
     *
     * @throws IllegalArgumentException when {@code concurrency} is out of range (see {@link
     *     BulkUpdate#requireConcurrency}); nothing is sent
     * @throws io.github.iamuser.errors.IamException when the list or a user cannot be read
     */
    public static List<ExportedUser> export(IamClient client, Long groupId, int concurrency, Progress progress)
            throws InterruptedException {
        BulkUpdate.requireConcurrency(concurrency);
        Objects.requireNonNull(progress, "progress");
        RateLimitPacer pacer = new RateLimitPacer(concurrency);
        try (IamClient paced = client.withOptions(b -> b.addInterceptor(pacer))) {
            return read(paced, groupId, concurrency, progress);
        }
    }

    private static List<ExportedUser> read(IamClient paced, Long groupId, int concurrency, Progress progress)
            throws InterruptedException {
        List<IamUserSummary> users = paced.listUsers(groupId, RequestOptions.none());
        int[] done = {0};
        List<Callable<ExportedUser>> reads = users.stream()
                .<Callable<ExportedUser>>map(user -> () -> {
                    JsonObject profile = Field.profileOf(
                            paced.gson()
                                    .toJsonTree(paced.getUser(user.getUiIdentityId()))
                                    .getAsJsonObject(),
                            paced.apiVersion());
                    synchronized (done) {
                        progress.read(++done[0], users.size());
                    }
                    return new ExportedUser(user.getUiIdentityId(), profile);
                })
                .toList();
        try {
            return BulkRun.inParallel(concurrency, "iam-user-export", reads);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
