package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a request body member by member: each problem under its top-level member, or for the whole body. */
class JsonBodyReaderTest {
    @Test
    void aRepeatedTopLevelKeyIsNamedAndTheFirstValueKept() {
        JsonBodyReader.Parsed parsed = read("{\"city\":\"Boston\",\"phone\":\"1\",\"city\":\"Paris\"}");
        assertEquals(
                Map.of("city", "city appears more than once in the body: send each key once."),
                parsed.memberProblems());
        assertEquals("Boston", parsed.value().getAsJsonObject().get("city").getAsString());
        assertEquals(
                List.of(new PutBodyCheck.FieldError(
                        "profile.city", "city appears more than once in the body: send each key once.")),
                parsed.errors("body", "profile."));
    }

    @Test
    void aRepeatedKeyInsideAMemberNamesThatMember() {
        JsonBodyReader.Parsed parsed = read("{\"options\":{\"upgrade\":[],\"upgrade\":[]},\"other\":1}");
        assertNull(parsed.value());
        assertEquals(
                Map.of("options", "options holds an object with a repeated key: send each key once."),
                parsed.memberProblems());
    }

    @Test
    void aRepeatedKeyInABodyThatIsNotAnObjectIsABodyProblemWithItsPath() {
        JsonBodyReader.Parsed parsed = read("[{\"groupId\":1,\"groupId\":2}]");
        assertNull(parsed.value());
        assertTrue(
                parsed.bodyProblem().startsWith("The body has an object with a repeated key (at $[0]"),
                parsed.bodyProblem());
        assertEquals(
                List.of(new PutBodyCheck.FieldError("authGrants", parsed.bodyProblem())),
                parsed.errors("authGrants", ""));
    }

    @Test
    void theBodyMustBeOneJsonValueOfUtf8() {
        assertTrue(read("{} {}").bodyProblem().startsWith("The body is not valid JSON"), "a second value");
        assertTrue(read("[1] 2").bodyProblem().startsWith("The body is not valid JSON"), "a second value");
        assertTrue(read("  \n").bodyProblem().startsWith("The body is empty"));
        assertTrue(read("{city:1}").bodyProblem().startsWith("The body is not valid JSON"));
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        assertTrue(
                JsonBodyReader.read(bad).bodyProblem().startsWith("The body is not valid UTF-8 (byte 6 "),
                JsonBodyReader.read(bad).bodyProblem());
    }

    @Test
    void aNumberIsMadePlainWhenInRangeAndNamedUnderItsMemberWhenNot() {
        JsonBodyReader.Parsed parsed = read("{\"sessionTimeOut\":1.8E3,\"list\":[1.50]}");
        assertEquals(Map.of(), parsed.memberProblems());
        assertEquals(JsonParser.parseString("{\"sessionTimeOut\":1800,\"list\":[1.5]}"), parsed.value());
        String digits19 = "1234567890123456789";
        JsonBodyReader.Parsed big = read("{\"sessionTimeOut\":" + digits19 + ",\"list\":[0." + digits19 + "]}");
        assertTrue(big.memberProblems().get("sessionTimeOut").contains("a number out of range"), big.toString());
        assertTrue(big.memberProblems().get("list").contains("a number out of range"), big.toString());
        assertTrue(read("{\"n\":1e999999999999}").memberProblems().containsKey("n"));
    }

    @Test
    void anUnpairedSurrogateIsNamedUnderItsMemberOrRefusesTheBodyInAKey() {
        assertTrue(read("{\"city\":\"a\\ud800b\"}").memberProblems().get("city").startsWith("city holds an unpaired"));
        assertTrue(
                read("{\"o\":{\"\\udc00\":1}}").memberProblems().get("o").startsWith("o holds a key with an unpaired"));
        assertTrue(read("{\"\\ud800\":1}").bodyProblem().startsWith("The body has a key that holds an unpaired"));
        assertEquals(Map.of(), read("{\"city\":\"\\ud83d\\ude00\"}").memberProblems());
    }

    private static JsonBodyReader.Parsed read(String json) {
        return JsonBodyReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
