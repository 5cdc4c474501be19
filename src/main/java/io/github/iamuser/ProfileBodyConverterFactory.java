package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request body for a {@link UserProfileUpdate} of v2 or v3: a {@link ProfileBody} serialized
 * once from the model, so an incomplete profile is refused before sending and the checked bytes are
 * sent on every attempt.
 */
final class ProfileBodyConverterFactory extends Converter.Factory {
    private final Gson gson;
    private final ApiVersion everyRuleOf;

    /** Serializes profiles with the client's {@code gson}, each checked complete for its model's version. */
    public ProfileBodyConverterFactory(Gson gson) {
        this(gson, null);
    }

    /**
     * The raw full replace's, when {@code everyRuleOf} is not null: each profile is also checked against
     * every rule of that version's profile, whichever version's model it is (so the other version's is refused).
     */
    public ProfileBodyConverterFactory(Gson gson, ApiVersion everyRuleOf) {
        this.gson = gson;
        this.everyRuleOf = everyRuleOf;
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
        return profile -> {
            JsonObject json = gson.toJsonTree(profile).getAsJsonObject();
            return everyRuleOf == null ? ProfileBody.complete(json, version) : ProfileBody.valid(json, everyRuleOf);
        };
    }
}
