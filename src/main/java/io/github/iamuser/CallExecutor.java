package io.github.iamuser;

import io.github.iamuser.errors.IamException;
import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;

/** Runs a Retrofit call and returns its body, or throws the {@link IamException} that says what went wrong. */
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
            throw errors.unexpectedBody(call.request(), e.body);
        } catch (IOException e) {
            throw errors.noResponse(call.request(), e, call.isCanceled());
        }
        if (!response.isSuccessful()) {
            throw errors.fromResponse(response.raw(), response.errorBody());
        }
        if (response.body() == null) {
            throw errors.unexpectedBody(call.request(), "");
        }
        return response.body();
    }
}
