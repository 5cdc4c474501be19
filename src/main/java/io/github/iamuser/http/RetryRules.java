package io.github.iamuser.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Which answers and failures are worth another attempt, by HTTP method (see {@link RetryInterceptor}). */
final class RetryRules {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> IDEMPOTENT_WRITES = Set.of("PUT", "DELETE");
  private static final Set<Integer> SAFE_RETRY_STATUSES = Set.of(500, 502, 503, 504);
  private static final Set<Integer> WRITE_RETRY_STATUSES = Set.of(502, 503, 504);

  private RetryRules() {
  }

  /** Whether an answer with this status is retried; rate limits are retried for every method. */
  static boolean retriesStatus(String method, int status, boolean rateLimited) {
    if (rateLimited) {
      return true;
    }
    if (SAFE.contains(method)) {
      return SAFE_RETRY_STATUSES.contains(status);
    }
    return IDEMPOTENT_WRITES.contains(method) && WRITE_RETRY_STATUSES.contains(status);
  }

  /**
   * Whether a failure without an answer is retried: for GET, PUT and the like any network failure
   * but a certificate problem; for POST and PATCH only a failure to connect, when nothing was sent.
   */
  static boolean retriesFailure(String method, IOException failure) {
    if (failure instanceof SSLPeerUnverifiedException || failure instanceof SSLHandshakeException) {
      return false;
    }
    if (SAFE.contains(method) || IDEMPOTENT_WRITES.contains(method)) {
      return true;
    }
    return nothingWasSent(failure);
  }

  private static boolean nothingWasSent(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof NoRouteToHostException
        || failure instanceof UnknownHostException
        || (failure instanceof SocketTimeoutException
            && String.valueOf(failure.getMessage()).contains("connect"));
  }
}
