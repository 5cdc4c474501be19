package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import org.junit.jupiter.api.Test;

/** A result's {@code toString()} (as a log line or a debugger shows it) masks personal data as the wire log does. */
class UpdateResultTest {
    @Test
    void toStringMasksEveryPersonalFieldAndShowsTheRest() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            IamClient iam = TestClients.against(sandbox, ApiVersion.V3);
            UpdateResult<IamUser> result = iam.updateProfile(
                    SandboxUsers.US_USER,
                    c -> c.email("new.address@example.com")
                            .phone("6175550142")
                            .jobTitle("CTO")
                            .allowEmailChange());

            String text = result.toString();
            for (String personal : new String[] {
                "ada.lovelace@example.com", // email before
                "new.address@example.com",
                "ada@example.org", // secondaryEmail
                "6175550100", // phone before
                "6175550142",
                "6175550199", // mobilePhone
                "150 Broadway" // address
            }) {
                assertFalse(text.contains(personal), () -> personal + " in " + text);
            }
            assertTrue(text.contains("jobTitle: \"Chief Engineer\" -> \"CTO\""), text);
            assertTrue(text.contains("email: *** -> ***"), text);
            assertTrue(text.contains("\"email\":\"***\""), text);
            assertTrue(text.contains("Lovelace") && text.contains("UPDATED"), text);
            assertEquals("mobilePhone: \"\" -> ***", new FieldDiff("mobilePhone", "", "1").toString());
            assertEquals("city: (absent) -> \"Boston\"", new FieldDiff("city", null, "Boston").toString());
        }
    }
}
