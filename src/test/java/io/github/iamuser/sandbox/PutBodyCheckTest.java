package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking a PUT basic-info body as IAM does, per version, one error per bad field, in the sandbox's words. */
class PutBodyCheckTest {
    private static final JsonObject US = new Accounts(0).find(null, US_USER);

    @Test
    void eachVersionsFieldIsNamedInTheOthersRefusal() {
        JsonObject v2 = Profiles.updateFrom(US, ApiVersion.V2);
        v2.addProperty("additionalAuthentication", "TFA");
        assertEquals(
                List.of(new PutBodyCheck.FieldError(
                        "additionalAuthentication",
                        "additionalAuthentication is not a field of IAM v2's profile: remove it, and send tfaEnabled"
                                + " instead.")),
                check(v2, ApiVersion.V2).errors());
        JsonObject v3 = Profiles.updateFrom(US, ApiVersion.V3);
        v3.addProperty("uiIdentityId", US_USER);
        PutBodyCheck.FieldError error = check(v3, ApiVersion.V3).errors().get(0);
        assertEquals("uiIdentityId", error.field());
        assertTrue(error.detail().contains("server-managed members such as uiIdentityId are read-only"));
    }

    @Test
    void nullIsNeverAValueAndTheDetailSaysWhatToSendPerVersion() {
        JsonObject v2 = Profiles.updateFrom(US, ApiVersion.V2);
        v2.add("jobTitle", JsonNull.INSTANCE);
        assertEquals(
                "jobTitle is null: send \"\" for no value (or send the value itself), never null.",
                check(v2, ApiVersion.V2).errors().get(0).detail());
        JsonObject v3 = Profiles.updateFrom(US, ApiVersion.V3);
        v3.add("jobTitle", JsonNull.INSTANCE);
        assertEquals(
                "jobTitle is null: leave the key out for no value (or send the value itself), never null.",
                check(v3, ApiVersion.V3).errors().get(0).detail());
    }

    @Test
    void errorsComeInFieldOrderOneEachWithUnknownKeysFirst() {
        JsonObject body = Profiles.updateFrom(US, ApiVersion.V2);
        body.addProperty("zzz", 1);
        body.addProperty("country", "Atlantis");
        body.addProperty("firstName", "");
        body.remove("email");
        PutBodyCheck.Result result = check(body, ApiVersion.V2);
        assertNull(result.profile(), "refused");
        assertEquals(
                List.of("zzz", "firstName", "email", "country"),
                result.errors().stream().map(PutBodyCheck.FieldError::field).toList());
        assertEquals(
                "email is missing: a missing key erases the field, and email must not be empty. Send the current"
                        + " value.",
                result.errors().get(2).detail());
    }

    @Test
    void aStateIsCheckedAgainstTheCountrysListOnlyWhereThereIsOne() {
        JsonObject body = Profiles.updateFrom(US, ApiVersion.V2);
        body.addProperty("state", "ZZ");
        String detail = check(body, ApiVersion.V2).errors().get(0).detail();
        assertEquals(
                "state 'ZZ' is not a state of USA (/identity-management/v2/user-admin/common/countries/USA/states):"
                        + " use one of them, or " + SandboxLookups.US_PLACEHOLDER_STATE + ".",
                detail);
        body.addProperty("country", "Japan");
        body.addProperty("zipCode", "100-0001");
        assertEquals(List.of(), check(body, ApiVersion.V2).errors(), "Japan has no list of states");
    }

    @Test
    void aBodyThatIsNotAnObjectIsOneErrorForTheBody() {
        PutBodyCheck.Result result = PutBodyCheck.validate("[1]".getBytes(StandardCharsets.UTF_8), ApiVersion.V3);
        assertEquals(
                List.of(new PutBodyCheck.FieldError(
                        "body", "The body must be a JSON object with the 17 profile fields, not an array.")),
                result.errors());
    }

    private static PutBodyCheck.Result check(JsonObject body, ApiVersion version) {
        return PutBodyCheck.validate(body.toString().getBytes(StandardCharsets.UTF_8), version);
    }
}
