package io.github.iamuser.errors;

import java.util.List;
import java.util.Map;

/**
 * The former name of {@link FailedCall}.
 *
 * @deprecated use {@link FailedCall}; this class goes once nothing creates it.
 */
@Deprecated
public final class FailedRequest extends FailedCall {
  private FailedRequest(String method, String path, int status, Map<String, List<String>> headers,
      String body) {
    super(method, path, status, headers, body);
  }

  /** Same as {@link FailedCall#answered}. */
  public static FailedRequest answered(String method, String path, int status,
      Map<String, List<String>> headers, String body) {
    return new FailedRequest(method, path, status, headers, body);
  }

  /** Same as {@link FailedCall#unanswered}. */
  public static FailedRequest unanswered(String method, String path) {
    return new FailedRequest(method, path, 0, Map.of(), "");
  }
}
