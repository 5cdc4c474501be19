package io.github.iamuser.errors;

import java.util.stream.Collectors;

/** HTTP 400: the server rejected the request as invalid; the message lists the fields it named. */
public class ValidationException extends IamException {
  private static final long serialVersionUID = 1L;

  /** Builds the exception from the failed request. */
  public ValidationException(FailedRequest request) {
    super(describe(request, advice(request)), request, null);
  }

  private static String advice(FailedRequest request) {
    String fields = request.problem()
        .map(p -> p.errors().stream().map(ProblemDetails.FieldError::describe)
            .collect(Collectors.joining("; ")))
        .orElse("");
    return (fields.isEmpty() ? "" : "Problems: " + fields + ". ")
        + "Correct the values the server names and send the request again; repeating it unchanged"
        + " fails the same way.";
  }
}
