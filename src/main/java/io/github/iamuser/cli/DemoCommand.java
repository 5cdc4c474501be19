package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code iam-user demo}: a real, signed profile update against an in-process sandbox, showing the
 * profile before, the difference and the result, the incomplete update the library refuses, and (v3) a
 * safe change of one role assignment.
 */
@Command(
        name = "demo",
        description = "Update a profile on a local sandbox (no Akamai account needed)"
                + " and show before, difference and after.")
final class DemoCommand extends OutputCommand {
    @Mixin
    ApiVersionOption apiVersion;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Printer printer = printer();
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient client = clientBuilder(sandbox.credential())
                    .apiVersion(apiVersion.value)
                    .build();
            String id = SandboxUsers.US_USER;
            if (!json) {
                out.println("Local IAM sandbox on " + sandbox.baseUrl() + ", called in " + apiVersion.value
                        + " (signed requests, no Akamai account used).");
                out.println();
                out.println("1. Before:");
                printer.user(client.getUser(id), client.apiVersion(), false);
                out.println();
                out.println("2. Safe update: jobTitle=\"Chief Technology Officer\", clear mobilePhone;"
                        + " every other field is read first and sent back unchanged.");
            }
            UpdateResult<IamUser> result = client.updateProfile(
                    id, change -> change.jobTitle("Chief Technology Officer").clear(ProfileField.MOBILE_PHONE));
            printer.result(id, null, result);
            if (json) {
                return IamUserCli.OK;
            }
            out.println();
            out.println("3. After (read back from the sandbox):");
            printer.user(client.getUser(id), client.apiVersion(), false);
            out.println();
            out.println("4. What a plain generated client would do: a model with only jobTitle set leaves"
                    + " 16 fields null, Gson drops them, and the full-replace PUT would erase them. This"
                    + " library refuses to send it:");
            try {
                (apiVersion.value == ApiVersion.V2
                                ? client.usersApiV2()
                                        .updateUserProfile(id, new UserProfileUpdate().jobTitle("CTO"), null)
                                : client.usersApi()
                                        .updateUserProfile(
                                                id,
                                                new io.github.iamuser.generated.v3.model.UserProfileUpdate()
                                                        .jobTitle("CTO"),
                                                null))
                        .execute();
                out.println("   (unexpected: it was sent)");
            } catch (RefusedChangeException refused) {
                out.println("   refused before sending: " + refused.violations().size()
                        + " fields missing (" + refused.violations().get(0).field() + ", "
                        + refused.violations().get(1).field() + ", ...); PUTs received by the sandbox: "
                        + sandbox.putCount() + ".");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (apiVersion.value == ApiVersion.V3) {
                out.println();
                out.println(
                        "5. Role assignments are a full replace too. Safe grant: role 12 on group 56789; every other"
                                + " group (the blocked one read back with roleId -1, sent as null) and the account role go back"
                                + " as read:");
                printer.result(id, "role assignments", client.updateGrants(id, c -> c.grant(56789, 12)));
            }
        }
        return IamUserCli.OK;
    }
}
