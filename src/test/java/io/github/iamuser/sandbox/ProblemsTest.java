package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem documents the sandbox answers with, in IAM's shape. */
class ProblemsTest {
    @Test
    void aValidationProblemCountsAndNamesEachFieldAndListsEachError() {
        SandboxResponse answer = Problems.validation(
                List.of(new PutBodyCheck.FieldError("city", "too long"), new PutBodyCheck.FieldError("phone", "bad")));
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        JsonObject problem = json(answer);
        assertEquals(
                "The request has 2 invalid fields: city, phone. See errors[] for what is wrong with each.",
                problem.get("detail").getAsString());
        assertEquals(400, problem.get("statusCode").getAsInt());
        assertEquals(400, problem.get("httpStatus").getAsInt());
        JsonObject second = problem.getAsJsonArray("errors").get(1).getAsJsonObject();
        assertEquals(
                JsonParser.parseString("{\"type\":\"/useradmin-api/error-types/1301\",\"title\":\"Invalid field\","
                        + "\"detail\":\"bad\",\"field\":\"phone\"}"),
                second);
        assertEquals(
                "The request has 1 invalid field: city. See errors[] for what is wrong with each.",
                json(Problems.validation(List.of(new PutBodyCheck.FieldError("city", "x"))))
                        .get("detail")
                        .getAsString());
    }

    @Test
    void userNotFoundIsExactlyIamsDocument() {
        assertEquals(
                JsonParser.parseString("{\"type\":\"/useradmin-api/error-types/1100\",\"title\":\"User not found\","
                        + "\"detail\":\"\",\"httpStatus\":404,\"instance\":\"\"}"),
                json(Problems.userNotFound()));
    }

    @Test
    void rateLimitedWritesNextInMillisecondsAndRemainingZero() {
        SandboxResponse answer =
                Problems.rateLimited("rate-limit", 7, Instant.parse("2026-01-02T03:04:05.123456789Z"), "wait");
        assertEquals(429, answer.status());
        assertEquals("2026-01-02T03:04:05.123Z", answer.headers().get("X-RateLimit-Next"));
        assertEquals("7", answer.headers().get("X-RateLimit-Limit"));
        assertEquals("0", answer.headers().get("X-RateLimit-Remaining"));
        assertEquals(
                "/useradmin-api/error-types/rate-limit",
                json(answer).get("type").getAsString());
    }

    @Test
    void eachKindAnswersItsStatusAndType() {
        SandboxResponse answer = Problems.Kind.METHOD_NOT_ALLOWED.answer("use GET.");
        assertEquals(405, answer.status());
        JsonObject problem = json(answer);
        assertEquals(
                "/useradmin-api/error-types/method-not-allowed",
                problem.get("type").getAsString());
        assertEquals("Method Not Allowed", problem.get("title").getAsString());
        assertEquals("use GET.", problem.get("detail").getAsString());
        assertEquals(405, problem.get("httpStatus").getAsInt());
        assertEquals(403, Problems.Kind.UNKNOWN_ACCOUNT.answer("x").status());
        assertEquals(413, Problems.Kind.BODY_TOO_LARGE.answer("x").status());
        assertFalse(json(Problems.Kind.INTERNAL_ERROR.answer("x")).has("errors"));
    }

    private static JsonObject json(SandboxResponse answer) {
        return JsonParser.parseString(new String(answer.body(), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }
}
