package io.github.iamuser.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * OkHttp network interceptor that logs each request as sent and each answer, at DEBUG: method, URL
 * with query, status and elapsed time; headers at TRACE with {@code Authorization} and cookies
 * redacted; bodies only when enabled, as JSON with personal data masked. Install it after the
 * signing interceptor to log exactly what goes on the wire.
 */
public final class WireLoggingInterceptor implements Interceptor {
  private static final long MAX_LOGGED_BODY_BYTES = 64 * 1024;

  private final Logger log;
  private final boolean logBodies;

  /** Logs to the given logger, normally {@code LoggerFactory.getLogger(WireLoggingInterceptor.class)}. */
  public WireLoggingInterceptor(Logger log, boolean logBodies) {
    this.log = Objects.requireNonNull(log, "log");
    this.logBodies = logBodies;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    log.debug(WireLogFormat.requestLine(request));
    if (log.isTraceEnabled()) {
      log.trace(WireLogFormat.headerLines("-->", request.headers()));
    }
    if (logBodies && request.body() != null && !request.body().isOneShot()) {
      log.debug(WireLogFormat.bodyLine("-->", bytes(request.body())));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.debug(WireLogFormat.failureLine(request, e, elapsedMillis(start)));
      throw e;
    }
    log.debug(WireLogFormat.responseLine(request, response, elapsedMillis(start)));
    if (log.isTraceEnabled()) {
      log.trace(WireLogFormat.headerLines("<--", response.headers()));
    }
    if (logBodies) {
      log.debug(WireLogFormat.bodyLine("<--", response.peekBody(MAX_LOGGED_BODY_BYTES).bytes()));
    }
    return response;
  }

  private static byte[] bytes(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteArray();
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
