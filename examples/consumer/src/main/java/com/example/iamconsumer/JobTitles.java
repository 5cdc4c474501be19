package com.example.iamconsumer;

import io.github.iamuser.IamClient;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.UpdateResult;

/** Sets a user's job title with a safe update: every other field of the profile keeps its value. */
public final class JobTitles {
    private final IamClient iam;

    /** Works through {@code iam}, built with the account's credential. */
    public JobTitles(IamClient iam) {
        this.iam = iam;
    }

    /** Sets the job title of {@code uiIdentityId} and returns what the update did. */
    public UpdateResult<IamUser> set(String uiIdentityId, String jobTitle) {
        return iam.updateProfile(uiIdentityId, change -> change.jobTitle(jobTitle));
    }
}
