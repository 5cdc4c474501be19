package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
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
        InvalidProfileException e =
                assertThrows(InvalidProfileException.class, () -> ProfileBody.complete(profile, ApiVersion.V2));
        assertEquals(
                List.of("phone", "city", "uiIdentityId"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void completeLeavesTheRulesToTheCallerButValidChecksEveryOne() {
        JsonObject profile = Profiles.with(Profiles.usUser(), "zipCode", "ABCDE");
        assertEquals(
                profile.toString(), ProfileBody.complete(profile, ApiVersion.V2).text());
        InvalidProfileException e =
                assertThrows(InvalidProfileException.class, () -> ProfileBody.valid(profile, ApiVersion.V2));
        assertEquals(
                List.of("zipCode"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void toStringShowsNoPersonalData() {
        String shown = ProfileBody.valid(Profiles.usUser(), ApiVersion.V2).toString();
        assertEquals(-1, shown.indexOf('@'), shown);
    }
}
