package io.github.iamuser.bench;

import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp chain that answers a prebuilt 200 at once, so a benchmark measures only the interceptor
 * under test; it keeps the last request passed on, so the interceptor's work cannot be optimized away.
 */
public final class BenchChain implements Interceptor.Chain {
    private final Request request;
    private final Response answer;
    private Request proceeded;

    public BenchChain(Request request) {
        this.request = request;
        this.answer = new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(new byte[0], null))
                .build();
    }

    /** The request the interceptor passed on last, for example with the header it added. */
    public Request proceeded() {
        return proceeded;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Response proceed(Request signed) {
        proceeded = signed;
        return answer;
    }

    @Override
    public Connection connection() {
        return null;
    }

    @Override
    public Call call() {
        throw new UnsupportedOperationException("not needed by the benchmark");
    }

    @Override
    public int connectTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withConnectTimeout(int timeout, TimeUnit unit) {
        return this;
    }

    @Override
    public int readTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withReadTimeout(int timeout, TimeUnit unit) {
        return this;
    }

    @Override
    public int writeTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withWriteTimeout(int timeout, TimeUnit unit) {
        return this;
    }
}
