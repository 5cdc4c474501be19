package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.UserProfileUpdate;
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
    void otherBodiesAreLeftToTheNextConverter() {
        assertNull(factory.requestBodyConverter(String.class, new Annotation[0], new Annotation[0], null));
    }

    @SuppressWarnings("unchecked")
    private Converter<Object, RequestBody> converter() {
        return (Converter<Object, RequestBody>)
                factory.requestBodyConverter(UserProfileUpdate.class, new Annotation[0], new Annotation[0], null);
    }

    private static String written(RequestBody body) throws Exception {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readUtf8();
    }
}
