package io.github.iamuser.profile;

import com.google.gson.Gson;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request body for a {@link UserProfileUpdate}: serialized once, refused before sending
 * when a key is missing or null (the server would erase it) or is not a profile field, and sent as
 * exactly the bytes that were checked, on every attempt.
 */
public final class ProfileBodyConverterFactory extends Converter.Factory {
    private final Gson gson;

    /** Serializes profiles with the client's {@code gson}. */
    public ProfileBodyConverterFactory(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
            Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
        if (type != UserProfileUpdate.class) {
            return null;
        }
        return profile -> ProfileBody.complete(gson.toJsonTree(profile).getAsJsonObject());
    }
}
