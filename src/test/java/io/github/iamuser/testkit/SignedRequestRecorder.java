package io.github.iamuser.testkit;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs a request through a real OkHttp client whose signing interceptor is followed by one that
 * records the signed request and answers 204 instead of sending it: for requests to hosts a test
 * cannot serve (an https host on port 443).
 */
public final class SignedRequestRecorder {
    private SignedRequestRecorder() {}

    /** The {@code Authorization} header {@code signing} gives {@code request}. */
    public static String authorization(Interceptor signing, Request request) throws IOException {
        AtomicReference<Request> signed = new AtomicReference<>();
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(signing)
                .addInterceptor(chain -> {
                    signed.set(chain.request());
                    return new Response.Builder()
                            .request(chain.request())
                            .protocol(Protocol.HTTP_1_1)
                            .code(204)
                            .message("recorded")
                            .body(ResponseBody.create(new byte[0], null))
                            .build();
                })
                .build();
        client.newCall(request).execute().close();
        return signed.get().header("Authorization");
    }
}
