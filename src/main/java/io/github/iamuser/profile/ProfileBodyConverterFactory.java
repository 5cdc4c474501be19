package io.github.iamuser.profile;

import com.google.gson.Gson;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request body for a {@link UserProfileUpdate} of v2 or v3: a {@link ProfileBody} of that
 * version, so an incomplete profile is refused before sending and the checked bytes are sent on every attempt.
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
        ApiVersion version = type == UserProfileUpdate.class
                ? ApiVersion.V2
                : type == io.github.iamuser.generated.v3.model.UserProfileUpdate.class ? ApiVersion.V3 : null;
        return version == null
                ? null
                : profile -> ProfileBody.complete(gson.toJsonTree(profile).getAsJsonObject(), version);
    }
}
