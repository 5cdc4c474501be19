package io.github.iamuser;

import io.github.iamuser.auth.RequestNotSignedException;
import io.github.iamuser.errors.IamException;
import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a Retrofit call and returns its body, or throws the {@link IamException} that says what went
 * wrong; a request that cannot be signed as sent is an {@link IllegalArgumentException} (nothing was sent).
 */
final class CallExecutor {
    private final ResponseErrors errors;

    CallExecutor(ResponseErrors errors) {
        this.errors = errors;
    }

    <T> T execute(Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonResponseConverterFactory.NotTheExpectedJson e) {
            throw errors.unexpectedBody(call.request(), e.body, e.why);
        } catch (RequestNotSignedException e) {
            throw new IllegalArgumentException(e.getMessage() + " Nothing was sent.", e);
        } catch (IOException e) {
            throw errors.noResponse(call.request(), e, call.isCanceled());
        }
        if (!response.isSuccessful()) {
            throw errors.fromResponse(response.raw(), response.errorBody());
        }
        if (response.body() == null) {
            throw errors.unexpectedBody(call.request(), "", "the body is empty or null");
        }
        return response.body();
    }
}
