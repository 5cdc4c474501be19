package io.github.iamuser.grants;

import com.google.gson.JsonElement;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.generated.v3.model.NotificationsUpdate;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request body for the IAM v3 auth-grants PUT ({@code List<AuthGrantRequest>}) and notifications
 * PUT ({@code NotificationsUpdate}), whoever calls the generated interface: serialized once in the form
 * Akamai's reference takes ({@code roleId: null} written, never dropped), refused with a
 * {@link RefusedChangeException} when a required member is missing or a value breaks the schema, and sent as
 * exactly the bytes checked, on every attempt.
 */
public final class AccessBodyConverterFactory extends Converter.Factory {
    private static final MediaType JSON = MediaType.get("application/json");

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
            Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
        if (type instanceof ParameterizedType list
                && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == AuthGrantRequest.class) {
            return converter("role assignments", AccessBodies::grantsViolations, AccessBodies::grantsJson);
        }
        if (type == NotificationsUpdate.class) {
            return converter("notifications", AccessBodies::notificationsViolations, AccessBodies::notificationsJson);
        }
        return null;
    }

    private static <T> Converter<T, RequestBody> converter(
            String part, Function<T, List<Violation>> check, Function<T, JsonElement> json) {
        return value -> {
            List<Violation> violations = check.apply(value);
            if (!violations.isEmpty()) {
                throw new RefusedChangeException(part, violations);
            }
            return RequestBody.create(json.apply(value).toString(), JSON);
        };
    }
}
