package io.github.iamuser.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemDetailsTest {
    @Test
    void readsAkamaisUserNotFound() {
        ProblemDetails p = parse("{\"type\":\"/useradmin-api/error-types/1100\",\"title\":\"User not found\","
                + "\"httpStatus\":404,\"detail\":\"\",\"instance\":\"\"}");

        assertEquals("/useradmin-api/error-types/1100", p.type());
        assertEquals("User not found", p.title());
        assertEquals("", p.detail());
        assertEquals(Optional.of(404), p.status());
        assertEquals(List.of(), p.errors());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"status\":429}",
                "{\"httpStatus\":429}",
                "{\"statusCode\":429}",
                "{\"status\":\"429\"}",
                "{\"status\":\"n/a\",\"statusCode\":429}"
            })
    void acceptsEverySpellingOfTheStatus(String json) {
        assertEquals(Optional.of(429), parse(json).status());
    }

    @Test
    void noStatusMemberMeansNoStatus() {
        assertEquals(
                Optional.empty(), parse("{\"title\":\"x\",\"status\":null}").status());
    }

    @Test
    void readsErrorItemsWhetherObjectsOrStrings() {
        ProblemDetails p = parse("{\"errors\":[{\"field\":\"firstName\",\"title\":\"Too long\","
                + "\"detail\":\"at most 50 characters\"},\"zipCode is not 5 digits\",null,{\"detail\":\"d\"}]}");

        assertEquals(
                List.of(
                        new ProblemDetails.FieldError("firstName", "Too long", "at most 50 characters"),
                        new ProblemDetails.FieldError(null, null, "zipCode is not 5 digits"),
                        new ProblemDetails.FieldError(null, null, "d")),
                p.errors());
        assertEquals(
                "firstName: Too long: at most 50 characters", p.errors().get(0).describe());
        assertEquals("zipCode is not 5 digits", p.errors().get(1).describe());
    }

    @Test
    void readsTheAuthenticationLayersRequestIdAndIgnoresUnknownOrMisshapenMembers() {
        ProblemDetails p = parse("{\"requestId\":\"a73affa\",\"clientIp\":\"89.67.110.254\","
                + "\"extra\":{\"nested\":[1,2]},\"errors\":\"not a list\",\"title\":{\"a\":1}}");

        assertEquals("a73affa", p.requestId());
        assertEquals("{\"a\":1}", p.title());
        assertEquals(List.of(), p.errors());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "<html><body>502 Bad Gateway</body></html>",
                "Too many requests",
                "[{\"title\":\"x\"}]",
                "\"just a string\"",
                "null",
                "{\"title\": unterminated"
            })
    void anythingButAJsonObjectIsNoProblem(String body) {
        assertEquals(Optional.empty(), ProblemDetails.parse(body));
    }

    private static ProblemDetails parse(String json) {
        return ProblemDetails.parse(json).orElseThrow();
    }
}
