package io.github.iamuser;

import com.google.gson.Gson;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request body for a {@link UserProfileUpdate} of v2 or v3: a {@link ProfileBody} serialized once
 * from the model and refused when incomplete, before sending; the checked bytes are sent on every attempt.
 * A model made by {@link #carrying} already carries its body (the safe update's and the raw replace's): it is
 * sent as it is, neither serialized nor checked again.
 */
final class ProfileBodyConverterFactory extends Converter.Factory {
    private final Gson gson;

    ProfileBodyConverterFactory(Gson gson) {
        this.gson = gson;
    }

    /** {@code body} as the argument of the {@code version}'s generated profile PUT. */
    static Object carrying(ProfileBody body, ApiVersion version) {
        return version == ApiVersion.V2 ? new CheckedV2(body) : new CheckedV3(body);
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
            Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
        ApiVersion version = type == UserProfileUpdate.class
                ? ApiVersion.V2
                : type == io.github.iamuser.generated.v3.model.UserProfileUpdate.class ? ApiVersion.V3 : null;
        if (version == null) {
            return null;
        }
        return profile -> profile instanceof CheckedV2 v2
                ? v2.body
                : profile instanceof CheckedV3 v3
                        ? v3.body
                        : ProfileBody.complete(gson.toJsonTree(profile).getAsJsonObject(), version);
    }

    /** A v2 model that stands for a body already made and checked. */
    private static final class CheckedV2 extends UserProfileUpdate {
        private final ProfileBody body;

        CheckedV2(ProfileBody body) {
            this.body = body;
        }
    }

    /** A v3 model that stands for a body already made and checked. */
    private static final class CheckedV3 extends io.github.iamuser.generated.v3.model.UserProfileUpdate {
        private final ProfileBody body;

        CheckedV3(ProfileBody body) {
            this.body = body;
        }
    }
}
