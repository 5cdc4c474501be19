package io.github.iamuser.errors;

import java.util.stream.Collectors;

/** HTTP 400: the server rejected the request as invalid; the message lists the fields it named. */
public class ValidationException extends IamException {
    /** The exception for the failed {@code call}. */
    public ValidationException(FailedCall call) {
        super(
                call,
                call.problem()
                                .map(p -> p.errors().stream()
                                        .map(ProblemDetails.FieldError::describe)
                                        .collect(Collectors.joining("; ")))
                                .filter(fields -> !fields.isEmpty())
                                .map(fields -> "Problems: " + fields + ". ")
                                .orElse("")
                        + "Correct the values the server names and send the request again; repeating it unchanged"
                        + " fails the same way.");
    }
}
