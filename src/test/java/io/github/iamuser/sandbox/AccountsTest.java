package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.SWITCHED_USER;
import static io.github.iamuser.sandbox.SandboxUsers.SWITCH_KEY;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The users of every account: reads, an atomic full replace per user, and a reset. */
class AccountsTest {
    @Test
    void aSwitchKeySelectsItsAccountAndNullTheOwn() {
        Accounts accounts = new Accounts(0);
        assertTrue(accounts.knows(null) && accounts.knows(SWITCH_KEY));
        assertFalse(accounts.knows("1-ZZZZZ"));
        assertEquals(Set.of(SWITCH_KEY, SandboxUsers.SWITCH_KEY_WITH_CONTRACT), accounts.switchKeys());
        assertNull(accounts.find(SWITCH_KEY, US_USER), "a user of another account");
        assertNull(accounts.all("1-ZZZZZ"));
        List<String> ids = accounts.all(null).stream()
                .map(u -> u.get("uiIdentityId").getAsString())
                .toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(
                List.of(SWITCHED_USER),
                accounts.all(SWITCH_KEY).stream()
                        .map(u -> u.get("uiIdentityId").getAsString())
                        .toList());
    }

    @Test
    void replaceSwapsTheUserAndAMissingUserOrAccountStaysMissing() {
        Accounts accounts = new Accounts(0);
        JsonObject old = accounts.find(null, US_USER);
        JsonObject changed = accounts.replace(null, US_USER, user -> {
            JsonObject copy = user.deepCopy();
            copy.addProperty("city", "Paris");
            return copy;
        });
        assertEquals("Paris", accounts.find(null, US_USER).get("city").getAsString());
        assertEquals(changed, accounts.find(null, US_USER));
        assertEquals("Cambridge", old.get("city").getAsString(), "a stored user is swapped, never mutated");
        assertNull(accounts.replace(null, "NO-SUCH", user -> user));
        assertNull(accounts.find(null, "NO-SUCH"), "replace adds no user");
        assertNull(accounts.replace("1-ZZZZZ", US_USER, user -> user));
        accounts.reset();
        assertEquals("Cambridge", accounts.find(null, US_USER).get("city").getAsString());
    }

    @Test
    void withProfileReplacesTheProfileFieldsOnlyAndErasesOnesLeftOut() {
        JsonObject old = new Accounts(0).find(null, US_USER);
        JsonObject profile = Profiles.updateFrom(old, ApiVersion.V3);
        profile.remove("jobTitle");
        profile.addProperty("city", "Boston");
        JsonObject updated = Accounts.withProfile(old, profile, ApiVersion.V3);
        assertFalse(updated.has("jobTitle"), "a field left out is erased");
        assertEquals("Boston", updated.get("city").getAsString());
        assertEquals(old.get("authGrants"), updated.get("authGrants"), "members beyond the profile are kept");
        assertEquals(old.get("uiIdentityId"), updated.get("uiIdentityId"));
        assertEquals("Cambridge", old.get("city").getAsString(), "the old user is not changed");
        assertEquals(old.get("tfaEnabled"), updated.get("tfaEnabled"), "v2's flag follows v3's unchanged method");
    }

    @Test
    void generatedUsersAreInTheOwnAccountAndComeBackAfterAReset() {
        Accounts accounts = new Accounts(2);
        assertTrue(accounts.knows(null));
        accounts.replace(null, SandboxUsers.generatedUser(1), user -> new JsonObject());
        accounts.reset();
        assertEquals(
                SandboxUsers.generatedUser(1),
                accounts.find(null, SandboxUsers.generatedUser(1))
                        .get("uiIdentityId")
                        .getAsString());
    }
}
