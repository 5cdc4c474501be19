package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Profiles;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The checked body of a profile PUT: what is checked is what is written, byte for byte. */
class ProfileBodyTest {
    @Test
    void writesTheProfileAsTheClientsGsonWouldAndKeepsItWhenTheSourceChanges() throws Exception {
        JsonObject profile = Profiles.with(Profiles.usUser(), "jobTitle", "R&D <lead> \u00e9");
        ProfileBody body = ProfileBody.valid(profile, ApiVersion.V2);
        profile.addProperty("jobTitle", "changed after the check");

        Buffer written = new Buffer();
        body.writeTo(written);
        UserProfileUpdate model = new GsonBuilder()
                .disableHtmlEscaping()
                .create()
                .fromJson(Profiles.with(Profiles.usUser(), "jobTitle", "R&D <lead> \u00e9"), UserProfileUpdate.class);
        assertEquals(new GsonBuilder().disableHtmlEscaping().create().toJson(model), written.readUtf8());
        assertEquals(body.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, body.contentLength());
        assertEquals("application/json", body.contentType().toString());
    }

    @Test
    void completeRefusesAMissingNullOrUnknownKeyNamingEach() {
        JsonObject profile = Profiles.usUser();
        profile.remove("city");
        profile.add("phone", com.google.gson.JsonNull.INSTANCE);
        profile.addProperty("uiIdentityId", "A-1");
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(profile, ApiVersion.V2));
        assertEquals(
                List.of("phone", "city", "uiIdentityId"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void completeLeavesTheRulesToTheCallerButValidChecksEveryOne() {
        JsonObject profile = Profiles.with(Profiles.usUser(), "zipCode", "ABCDE");
        assertEquals(
                profile.toString(), ProfileBody.complete(profile, ApiVersion.V2).text());
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.valid(profile, ApiVersion.V2));
        assertEquals(
                List.of("zipCode"),
                e.violations().stream().map(Violation::field).toList());
    }

    /** Profiles.usUser() in v3: additionalAuthentication in place of tfaEnabled. */
    private static JsonObject usUserV3() {
        JsonObject profile = Profiles.usUser();
        profile.remove("tfaEnabled");
        profile.addProperty("additionalAuthentication", "TFA");
        return profile;
    }

    @Test
    void aV3BodyLeavesEveryEmptyOptionalFieldOutAndAV2BodySendsItAsEmptyText() {
        JsonObject v3 = Profiles.with(Profiles.with(usUserV3(), "mobilePhone", ""), "secondaryEmail", "");
        JsonObject v2 = Profiles.with(Profiles.usUser(), "mobilePhone", "");

        JsonObject sent = com.google.gson.JsonParser.parseString(
                        ProfileBody.complete(v3, ApiVersion.V3).text())
                .getAsJsonObject();
        JsonObject expected = v3.deepCopy();
        expected.remove("mobilePhone");
        expected.remove("secondaryEmail");
        assertEquals(expected, sent);
        assertEquals(v2.toString(), ProfileBody.valid(v2, ApiVersion.V2).text());
    }

    @Test
    void aV3ModelMustStillSetEveryFieldAndAnAlwaysPresentOneMustHoldAValue() {
        JsonObject dropped = usUserV3();
        dropped.remove("city"); // dropped, not cleared: the model shows the difference the wire cannot
        JsonObject empty = Profiles.with(usUserV3(), "firstName", "");

        RefusedChangeException missing =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(dropped, ApiVersion.V3));
        RefusedChangeException blank =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.complete(empty, ApiVersion.V3));

        assertEquals(
                List.of("city"),
                missing.violations().stream().map(Violation::field).toList());
        assertEquals("required key", missing.violations().get(0).rule());
        assertEquals(
                List.of("firstName"),
                blank.violations().stream().map(Violation::field).toList());
    }

    @Test
    void toStringShowsNoPersonalData() {
        String shown = ProfileBody.valid(Profiles.usUser(), ApiVersion.V2).toString();
        assertEquals(-1, shown.indexOf('@'), shown);
    }
}
