package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The problem documents the sandbox answers with. The 404 user-not-found and 400 validation
 * documents copy those IAM sends; the others follow the same shape with types of the sandbox's own.
 */
final class Problems {
    static final String VALIDATION_TYPE = "/useradmin-api/error-types/1301";
    private static final String AUTHN_TYPE = "https://problems.luna.akamaiapis.net/-/pep-authn/deny";

    private Problems() {}

    /** 404 for a user that is not in the selected account, exactly as IAM words it (empty detail). */
    static SandboxResponse userNotFound() {
        JsonObject problem = base("/useradmin-api/error-types/1100", "User not found", "");
        problem.addProperty("httpStatus", 404);
        problem.addProperty("instance", "");
        return SandboxResponse.problem(404, problem);
    }

    /** 400 listing every invalid field, each under {@code errors[]} with its {@code field}. */
    static SandboxResponse validation(List<PutBodyCheck.FieldError> errors) {
        JsonArray list = new JsonArray();
        for (PutBodyCheck.FieldError error : errors) {
            JsonObject entry = base(VALIDATION_TYPE, "Invalid field", error.detail());
            entry.addProperty("field", error.field());
            list.add(entry);
        }
        String fields = String.join(
                ", ", errors.stream().map(PutBodyCheck.FieldError::field).toList());
        JsonObject problem = base(
                VALIDATION_TYPE,
                "Validation Exception",
                "The request has "
                        + errors.size() + (errors.size() == 1 ? " invalid field: " : " invalid fields: ") + fields
                        + ". See errors[] for what is wrong with each.");
        problem.addProperty("statusCode", 400);
        problem.addProperty("httpStatus", 400);
        problem.addProperty("instance", "");
        problem.add("errors", list);
        return SandboxResponse.problem(400, problem);
    }

    /** 401 from the authentication layer, with the request's identifiers and never a secret. */
    static SandboxResponse unauthorized(SandboxRequest request, String detail) {
        JsonObject problem = base(AUTHN_TYPE, "Not authorized", detail);
        problem.addProperty("instance", request.rawPath());
        problem.addProperty("httpStatus", 401);
        problem.addProperty("method", request.method());
        problem.addProperty(
                "requestId", UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        problem.addProperty("clientIp", request.clientIp());
        problem.addProperty("serverIp", request.serverIp());
        problem.addProperty("requestTime", Instant.now().toString());
        return SandboxResponse.problem(401, problem);
    }

    /**
     * 429 for a used-up rate limit of {@code limit} requests (problem type {@code type}), with {@code
     * X-RateLimit-Limit}, {@code X-RateLimit-Remaining: 0} and {@code X-RateLimit-Next}: {@code next}, an ISO 8601
     * instant in milliseconds as Akamai writes it.
     */
    static SandboxResponse rateLimited(String type, int limit, Instant next, String detail) {
        return problem(429, "/useradmin-api/error-types/" + type, "Too Many Requests", detail)
                .withHeaders(Map.of(
                        "X-RateLimit-Limit",
                        Integer.toString(limit),
                        "X-RateLimit-Remaining",
                        "0",
                        "X-RateLimit-Next",
                        DateTimeFormatter.ISO_INSTANT.format(next.truncatedTo(ChronoUnit.MILLIS))));
    }

    /** The sandbox's own problems: status, type and title; the caller words the detail, saying what to do next. */
    enum Kind {
        UNKNOWN_ACCOUNT(403, "forbidden-account", "Forbidden"),
        COUNTRY_NOT_FOUND(404, "country-not-found", "Country not found"),
        NO_SUCH_ENDPOINT(404, "not-found", "Not Found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
        BODY_TOO_LARGE(413, "body-too-large", "Payload Too Large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
        INTERNAL_ERROR(500, "internal", "Internal Server Error");

        private final int status;
        private final String type;
        private final String title;

        Kind(int status, String type, String title) {
            this.status = status;
            this.type = "/useradmin-api/error-types/" + type;
            this.title = title;
        }

        /** The answer: this kind's status and a problem document with the given detail. */
        SandboxResponse answer(String detail) {
            return problem(status, type, title, detail);
        }
    }

    /** An answer with {@code status} and a problem document of the given type, title and detail. */
    static SandboxResponse problem(int status, String type, String title, String detail) {
        JsonObject problem = base(type, title, detail);
        problem.addProperty("httpStatus", status);
        return SandboxResponse.problem(status, problem);
    }

    /** A problem with {@code type}, {@code title} and {@code detail}. */
    private static JsonObject base(String type, String title, String detail) {
        JsonObject problem = new JsonObject();
        problem.addProperty("type", type);
        problem.addProperty("title", title);
        problem.addProperty("detail", detail);
        return problem;
    }
}
