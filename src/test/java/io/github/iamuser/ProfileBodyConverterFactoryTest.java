package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.InvalidProfileException;
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

        InvalidProfileException e =
                assertThrows(InvalidProfileException.class, () -> converter().convert(profile));

        assertEquals(
                java.util.List.of("mobilePhone", "tfaEnabled"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void theRawReplacesConverterAlsoChecksEveryRuleAgainstTheClientsVersion() throws Exception {
        ProfileBodyConverterFactory v2 = new ProfileBodyConverterFactory(gson, ApiVersion.V2);
        UserProfileUpdate badZip =
                gson.fromJson(Profiles.usUser(), UserProfileUpdate.class).zipCode("ABCDE");
        InvalidProfileException rule = assertThrows(
                InvalidProfileException.class,
                () -> converter(v2, UserProfileUpdate.class).convert(badZip));
        assertEquals(
                java.util.List.of("zipCode"),
                rule.violations().stream().map(Violation::field).toList());

        UserProfileUpdate good = gson.fromJson(Profiles.usUser(), UserProfileUpdate.class);
        assertEquals(
                JsonParser.parseString(Profiles.usUser().toString()),
                JsonParser.parseString(
                        written(converter(v2, UserProfileUpdate.class).convert(good))));

        ProfileBodyConverterFactory v3 = new ProfileBodyConverterFactory(gson, ApiVersion.V3);
        InvalidProfileException otherVersion = assertThrows(
                InvalidProfileException.class,
                () -> converter(v3, UserProfileUpdate.class).convert(good));
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
