package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
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

    /** 403 for an account switch key that selects no account this API client may manage. */
    static SandboxResponse unknownAccount(String switchKey, Iterable<String> knownKeys) {
        return problem(
                403,
                "/useradmin-api/error-types/forbidden-account",
                "Forbidden",
                "accountSwitchKey '" + switchKey + "' does not select an account this API client may"
                        + " manage: leave it out for the client's own account, or use one of "
                        + String.join(", ", knownKeys) + ".");
    }

    /** 404 for a states lookup of a country that the countries lookup does not list. */
    static SandboxResponse countryNotFound(String country) {
        return problem(
                404,
                "/useradmin-api/error-types/country-not-found",
                "Country not found",
                "country '" + country + "' is not one of the countries lookup"
                        + " (/identity-management/v2/user-admin/common/countries): use a value from it, such as USA.");
    }

    /** 404 for a path that is no IAM v2 endpoint the sandbox plays. */
    static SandboxResponse noSuchEndpoint(SandboxRequest request) {
        return problem(
                404,
                "/useradmin-api/error-types/not-found",
                "Not Found",
                request.method() + " " + request.rawPath() + " is not an endpoint of"
                        + " openapi/iam-v2-users.yaml: check the path, which starts with /identity-management/v2/.");
    }

    /** 405 for a known path asked with another method, with the {@code Allow} header. */
    static SandboxResponse methodNotAllowed(SandboxRequest request, String allowed) {
        return problem(
                        405,
                        "/useradmin-api/error-types/method-not-allowed",
                        "Method Not Allowed",
                        request.method() + " is not allowed on " + request.rawPath() + ": use " + allowed + ".")
                .withHeaders(Map.of("Allow", allowed));
    }

    /** 413 for a body larger than the sandbox reads. */
    static SandboxResponse bodyTooLarge(int limit) {
        return problem(
                413,
                "/useradmin-api/error-types/body-too-large",
                "Payload Too Large",
                "The body is larger than " + limit + " bytes: a profile is a few hundred bytes, send only"
                        + " the 17 profile fields.");
    }

    /** 500 when the sandbox itself failed, naming the failure. */
    static SandboxResponse internalError(Exception failure) {
        return problem(
                500,
                "/useradmin-api/error-types/internal",
                "Internal Server Error",
                "The sandbox failed (" + failure + "): this is a bug in the sandbox, please report it.");
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
