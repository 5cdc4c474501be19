package io.github.iamuser.bulk;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.List;
import java.util.stream.IntStream;

/** The rows, client and profiles the bulk tests share: the sandbox's generated users, from line 1. */
final class SandboxRows {
    private SandboxRows() {}

    /** One row per generated user: the job title set, the mobile phone cleared. */
    static List<BulkRow> titles(int count, String title) {
        return IntStream.range(0, count)
                .mapToObj(i -> BulkRow.of(
                                SandboxUsers.generatedUser(i),
                                c -> c.jobTitle(title).clear(ProfileField.MOBILE_PHONE))
                        .fromLine(i + 1))
                .toList();
    }

    /** One row per generated user: only the job title set. */
    static List<BulkRow> jobTitles(int count, String title) {
        return IntStream.range(0, count)
                .mapToObj(i -> BulkRow.of(SandboxUsers.generatedUser(i), c -> c.jobTitle(title))
                        .fromLine(i + 1))
                .toList();
    }

    /** A v3 client of the sandbox that does not retry. */
    static IamClient v3(IamSandbox sandbox) {
        return IamClient.builder()
                .credential(sandbox.credential())
                .apiVersion(ApiVersion.V3)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /** The first {@code count} generated users' profiles as the sandbox holds them. */
    static List<JsonObject> profiles(IamSandbox sandbox, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> ProfileField.profileOf(sandbox.user(null, SandboxUsers.generatedUser(i)), ApiVersion.V3))
                .toList();
    }
}
