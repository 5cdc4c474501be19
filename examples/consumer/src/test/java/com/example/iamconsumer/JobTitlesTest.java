package com.example.iamconsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.iamuser.IamClient;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job title update against the sandbox, a real IAM v2 server on 127.0.0.1 that checks every signature. */
class JobTitlesTest {
    @Test
    void setsTheJobTitleAndKeepsEveryOtherField() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            JsonObject before = sandbox.user(null, SandboxUsers.US_USER);

            UpdateResult<IamUser> result = new JobTitles(iam).set(SandboxUsers.US_USER, "Analyst");

            assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
            assertEquals(List.of(), result.serverDifferences());
            assertEquals(1, sandbox.putCount());
            JsonObject expected = before.deepCopy();
            expected.addProperty("jobTitle", "Analyst");
            assertEquals(expected, sandbox.user(null, SandboxUsers.US_USER));
        }
    }

    @Test
    void sendsNothingWhenTheTitleIsAlreadySet() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = IamClient.builder().credential(sandbox.credential()).build();
            String title = sandbox.user(null, SandboxUsers.US_USER).get("jobTitle").getAsString();

            UpdateResult<IamUser> result = new JobTitles(iam).set(SandboxUsers.US_USER, title);

            assertEquals(UpdateResult.Outcome.UNCHANGED, result.outcome());
            assertEquals(0, sandbox.putCount());
        }
    }
}
