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
 * An OkHttp chain that keeps the request it is given and answers with one prepared 200, so a benchmark
 * measures only the interceptor under test.
 */
final class BenchChain implements Interceptor.Chain {
  private final Request request;
  private final Response response;
  private Request proceeded;

  BenchChain(Request request) {
    this.request = request;
    this.response = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200)
        .message("OK").body(ResponseBody.create(new byte[0], null)).build();
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response proceed(Request signed) {
    proceeded = signed;
    return response;
  }

  /** The request the interceptor last passed on. */
  Request proceeded() {
    return proceeded;
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
