package io.github.iamuser.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedCallTest {
    @Test
    void headersAreFoundWhateverTheirCase() {
        FailedCall r = FailedCall.answered(
                "GET", "/p", 429, Map.of("Retry-After", List.of("5"), "X-Thing", List.of("a", "b")), "");

        assertEquals(Optional.of("5"), r.header("retry-after"));
        assertEquals(Optional.of("a"), r.header("X-THING"));
        assertEquals(List.of("a", "b"), r.headers().get("x-thing"));
        assertEquals(Optional.empty(), r.header("Date"));
    }

    @Test
    void outcomeUsesTheProblemsTitleAndDetail() {
        assertEquals("HTTP 404 User not found", outcome(404, "{\"title\":\"User not found\",\"detail\":\"\"}"));
        assertEquals(
                "HTTP 400 Validation Exception: bad zip",
                outcome(400, "{\"title\":\"Validation Exception\",\"detail\":\"bad zip\"}"));
        assertEquals("HTTP 400 same", outcome(400, "{\"title\":\"same\",\"detail\":\"same\"}"));
        assertEquals(
                "HTTP 401 Unauthorized (request id r-1)",
                outcome(401, "{\"title\":\"Unauthorized\",\"requestId\":\"r-1\"}"));
    }

    @Test
    void outcomeOfAnythingElseIsItsTextWithoutMarkupOrTheProblemsType() {
        assertEquals(
                "HTTP 503: Service Unavailable try later",
                outcome(503, "<html><script>var x = 1;</script><h1>Service Unavailable</h1>\n<p>try later</p></html>"));
        assertEquals("HTTP 502 with an empty body", outcome(502, ""));
        assertEquals("HTTP 500 with a problem document that has no title or detail", outcome(500, "{}"));
        assertEquals("HTTP 500 /errors/42", outcome(500, "{\"type\":\"/errors/42\",\"title\":\"\"}"));
        assertEquals("HTTP 500: " + "y".repeat(200) + "...", outcome(500, "y".repeat(300)));
    }

    @Test
    void anUnansweredRequestHasNoStatusHeadersOrBody() {
        FailedCall r = FailedCall.unanswered("PUT", "/p?accountSwitchKey=1-A");

        assertEquals(0, r.status());
        assertEquals(Map.of(), r.headers());
        assertEquals("", r.body());
        assertEquals(Optional.empty(), r.problem());
        assertEquals("PUT /p?accountSwitchKey=1-A (no answer)", r.toString());
    }

    private static String outcome(int status, String body) {
        return FailedCall.answered("GET", "/p", status, Map.of(), body).outcome();
    }
}
