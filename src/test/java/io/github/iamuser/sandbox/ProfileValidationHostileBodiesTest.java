package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies that trip up JSON parsers are a 400 naming the field (or {@code body}) in the sandbox's own
 * words, never a 500 nor a parser's message; a body that is not JSON is a 415; nothing is stored.
 */
class ProfileValidationHostileBodiesTest {
    private static final String PATH = USERS + US_USER + "/basic-info";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String MARK = "@@value@@";
    private static final List<String> FOREIGN_WORDS =
            List.of("Exception", "java.", "JsonReader", "setStrictness", "Gson", "Troubleshooting");

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                bad("an exponent beyond any number", member("sessionTimeOut", "1e10001"), "sessionTimeOut"),
                bad("a negative one", member("sessionTimeOut", "-1e10001"), "sessionTimeOut"),
                bad("a vanishing fraction", member("sessionTimeOut", "1e-10001"), "sessionTimeOut"),
                bad("an exponent beyond an int", member("sessionTimeOut", "1e99999999999"), "sessionTimeOut"),
                bad("thirty digits", member("sessionTimeOut", "1".repeat(30)), "sessionTimeOut"),
                bad("a long fraction", member("sessionTimeOut", "1800.0000000000000000000001"), "sessionTimeOut"),
                bad("a huge number for a string", member("firstName", "1e10001"), "firstName"),
                bad("a huge number inside an array", member("city", "[1e10001]"), "city"),
                bad("a repeated key", p -> "{\"firstName\":\"Eve\"," + p.substring(1), "firstName"),
                bad("a repeated key inside a value", member("city", "{\"a\":1,\"a\":2}"), "city"),
                bad("a lone high surrogate", member("jobTitle", "\"Analyst \\ud800\""), "jobTitle"),
                bad("a lone low surrogate", member("jobTitle", "\"\\udc00\""), "jobTitle"),
                bad("a reversed pair", member("address", "\"\\ude00\\ud83d\""), "address"),
                bad("a high surrogate at the end", member("city", "\"Boston\\ud83d\""), "city"),
                bad("a lone surrogate in a nested key", member("city", "{\"\\ud800\":1}"), "city"),
                bad("a lone surrogate in a key", p -> "{\"x\\ud800\":1," + p.substring(1), "body"),
                bad("malformed JSON", p -> "{\"firstName\":'Ada'}", "body"),
                bad("too deep", p -> "[".repeat(5000) + "]".repeat(5000), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aHostileBodyIsA400NamingTheFieldInTheSandboxsWords(String name, UnaryOperator<String> body, String field) {
        assertRefused(body.apply(profile()).getBytes(StandardCharsets.UTF_8), field);
    }

    @Test
    void theNumberOutOfRangeSaysWhatToSend() {
        byte[] body = member("sessionTimeOut", "1e10001").apply(profile()).getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "sessionTimeOut holds a number out of range (more than 18 digits before or after the decimal point):"
                        + " send a number such as 1800.",
                assertRefused(body, "sessionTimeOut").get("detail").getAsString());
    }

    @Test
    void invalidUtf8IsA400AboutTheBody() throws Exception {
        String[] around =
                member("jobTitle", "\"" + MARK + "\"").apply(profile()).split(MARK);
        for (byte[] invalid : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28}, new byte[] {
            (byte) 0xed, (byte) 0xa0, (byte) 0x80
        })) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(around[0].getBytes(StandardCharsets.UTF_8));
            body.write(invalid);
            body.write(around[1].getBytes(StandardCharsets.UTF_8));
            String detail =
                    assertRefused(body.toByteArray(), "body").get("detail").getAsString();
            assertTrue(detail.startsWith("The body is not valid UTF-8 (byte " + around[0].length()), detail);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        byte[] body = profile().getBytes(StandardCharsets.UTF_8);
        JsonObject before = SANDBOX.sandbox().user(null, US_USER);
        for (MediaType type : new MediaType[] {
            MediaType.get("text/plain"),
            MediaType.get("application/x-www-form-urlencoded"),
            MediaType.get("application/json; charset=ISO-8859-1"),
            null
        }) {
            SignedClient.Answer answer = put(body, type);
            assertEquals(415, answer.status(), type + ": " + answer.body());
            assertEquals("application/problem+json", answer.headers().get("Content-Type"));
            String detail = answer.object().get("detail").getAsString();
            assertTrue(detail.startsWith("The body") && detail.contains("Content-Type: application/json"), detail);
        }
        assertEquals(before, SANDBOX.sandbox().user(null, US_USER));
        assertEquals(
                200,
                put(body, MediaType.get("application/json; charset=\"UTF-8\"")).status());
    }

    @Test
    void aSurrogatePairAndAnIntegralDecimalAreAccepted() {
        String body = member("jobTitle", "\"Analyst \\ud83d\\ude00\"")
                .andThen(member("sessionTimeOut", "64800.0"))
                .apply(profile());
        SignedClient.Answer answer = put(body.getBytes(StandardCharsets.UTF_8), JSON);
        assertEquals(200, answer.status(), answer.body());
        JsonObject stored = SANDBOX.sandbox().user(null, US_USER);
        assertEquals("Analyst \uD83D\uDE00", stored.get("jobTitle").getAsString());
        assertEquals("64800", stored.get("sessionTimeOut").toString(), "stored as the integer it is");
    }

    /** Sends the body, expects a 400 whose one error names the field and what to do, and that nothing changed. */
    private static JsonObject assertRefused(byte[] body, String field) {
        JsonObject before = SANDBOX.sandbox().user(null, US_USER);
        SignedClient.Answer answer = put(body, JSON);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        JsonObject error = answer.object().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals(1, answer.object().getAsJsonArray("errors").size(), answer.body());
        assertEquals(field, error.get("field").getAsString(), answer.body());
        String detail = error.get("detail").getAsString();
        assertTrue(detail.startsWith(field.equals("body") ? "The body " : field + " "), detail);
        assertTrue(detail.contains(": send") || detail.contains(": encode"), "says what to do: " + detail);
        FOREIGN_WORDS.forEach(word -> assertFalse(detail.contains(word), detail));
        assertEquals(before, SANDBOX.sandbox().user(null, US_USER), "a refused PUT stores nothing");
        return error;
    }

    private static SignedClient.Answer put(byte[] body, MediaType type) {
        return SANDBOX.client()
                .send(new Request.Builder().url(SANDBOX.client().url(PATH)).put(RequestBody.create(body, type)));
    }

    /** The US user's profile as a careful client sends it. */
    private static String profile() {
        return Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER)).toString();
    }

    /** Replaces one member's value of a JSON text with raw JSON text. */
    private static UnaryOperator<String> member(String name, String rawJson) {
        return text -> {
            JsonObject object = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
            object.addProperty(name, MARK);
            return object.toString().replace("\"" + MARK + "\"", rawJson);
        };
    }

    private static Arguments bad(String name, UnaryOperator<String> body, String field) {
        return Arguments.of(name, body, field);
    }
}
