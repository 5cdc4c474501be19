package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Profiles;
import java.lang.annotation.Annotation;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Converter;

/** Retrofit's profile body: complete or refused, serialized once, the checked bytes on every write. */
class ProfileBodyConverterFactoryTest {
    private final Gson gson = new Gson();
    private final ProfileBodyConverterFactory factory = new ProfileBodyConverterFactory(gson);

    @Test
    void aCompleteProfileIsSentAsTheBytesCheckedEvenIfTheModelChangesAfterwards() throws Exception {
        UserProfileUpdate profile = gson.fromJson(Profiles.usUser(), UserProfileUpdate.class);
        RequestBody body = converter().convert(profile);
        String first = written(body);

        profile.firstName("Grace").phone(null);

        assertEquals(JsonParser.parseString(Profiles.usUser().toString()), JsonParser.parseString(first));
        assertEquals(first, written(body), "every attempt sends the same bytes");
        assertEquals(first.length(), body.contentLength());
        assertEquals("application/json", body.contentType().toString());
    }

    @Test
    void anIncompleteProfileIsRefusedNamingEveryMissingField() {
        UserProfileUpdate profile = gson.fromJson(Profiles.usUser(), UserProfileUpdate.class)
                .mobilePhone(null)
                .tfaEnabled(null);

        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> converter().convert(profile));

        assertEquals(
                java.util.List.of("mobilePhone", "tfaEnabled"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void theRawReplacesBodyAlsoChecksEveryRuleAgainstTheClientsVersion() throws Exception {
        JsonObject badZip = Profiles.usUser();
        badZip.addProperty("zipCode", "ABCDE");
        RefusedChangeException rule =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.valid(badZip, ApiVersion.V2));
        assertEquals(
                java.util.List.of("zipCode"),
                rule.violations().stream().map(Violation::field).toList());

        JsonObject good = Profiles.usUser();
        assertEquals(
                JsonParser.parseString(Profiles.usUser().toString()),
                JsonParser.parseString(written(ProfileBody.valid(good, ApiVersion.V2))));

        RefusedChangeException otherVersion =
                assertThrows(RefusedChangeException.class, () -> ProfileBody.valid(good, ApiVersion.V3));
        assertEquals(
                java.util.List.of("additionalAuthentication", "tfaEnabled"),
                otherVersion.violations().stream().map(Violation::field).toList());
    }

    @Test
    void otherBodiesAreLeftToTheNextConverter() {
        assertNull(factory.requestBodyConverter(String.class, new Annotation[0], new Annotation[0], null));
    }

    private Converter<Object, RequestBody> converter() {
        return converter(factory, UserProfileUpdate.class);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object, RequestBody> converter(ProfileBodyConverterFactory factory, Class<?> model) {
        return (Converter<Object, RequestBody>)
                factory.requestBodyConverter(model, new Annotation[0], new Annotation[0], null);
    }

    private static String written(RequestBody body) throws Exception {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readUtf8();
    }
}
