package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.iamuser.internal.StrictJson;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body as the sandbox accepts JSON: UTF-8 bytes, then the library's {@link StrictJson}
 * (strict syntax, each key once per object), numbers in range and strings without unpaired surrogates.
 * A problem is reported under the top-level member it is in, or for the whole body, in the sandbox's words.
 */
final class JsonBodyReader {
    /** The most digits a number may have before, and after, its decimal point. */
    static final int MAX_DIGITS = 18;

    private static final int MAX_NUMBER_LENGTH = 100;
    private static final String SEND_AN_OBJECT = "send one JSON object with the 17 profile fields.";
    private static final String UNPAIRED = " an unpaired surrogate (a \\ud800 to \\udfff escape without its"
            + " partner): send Unicode text, a character beyond U+FFFF escaped as a pair such as \\ud83d\\ude00.";

    private JsonBodyReader() {}

    /**
     * The value read (null when the body is refused), a problem with the whole body, and the problems of
     * single top-level members.
     */
    record Parsed(JsonElement value, String bodyProblem, Map<String, String> memberProblems) {
        /** The problems as field errors: the body's under {@code bodyField}, a member's under {@code prefix} + name. */
        List<PutBodyCheck.FieldError> errors(String bodyField, String prefix) {
            return bodyProblem != null
                    ? List.of(new PutBodyCheck.FieldError(bodyField, bodyProblem))
                    : memberProblems.entrySet().stream()
                            .map(p -> new PutBodyCheck.FieldError(prefix + p.getKey(), p.getValue()))
                            .toList();
        }
    }

    /** Reads the body's bytes. */
    static Parsed read(byte[] body) {
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer text = CharBuffer.allocate(body.length);
        if (StandardCharsets.UTF_8.newDecoder().decode(bytes, text, true).isError()) {
            return refused("The body is not valid UTF-8 (byte " + bytes.position() + " starts an invalid"
                    + " sequence): encode the JSON as UTF-8.");
        }
        if (text.flip().toString().isBlank()) {
            return refused("The body is empty: " + SEND_AN_OBJECT);
        }
        JsonReader in = new JsonReader(new StringReader(text.toString()));
        in.setStrictness(Strictness.STRICT);
        try {
            Parsed parsed = in.peek() == JsonToken.BEGIN_OBJECT
                    ? members(in)
                    : new Parsed(checked(StrictJson.read(in), null, Map.of()), null, Map.of());
            return parsed.value() == null || in.peek() == JsonToken.END_DOCUMENT
                    ? parsed
                    : refused("The body goes on after its JSON value: " + SEND_AN_OBJECT);
        } catch (JsonParseException e) {
            return refused(
                    "The body has an object with a repeated key (at " + in.getPath() + "): send each key" + " once.");
        } catch (IOException | RuntimeException e) {
            return refused("The body is not valid JSON (the error is at " + in.getPath() + "): " + SEND_AN_OBJECT
                    + " Keys and strings go in double quotes.");
        }
    }

    /** The top-level object, each member's value read by {@link StrictJson} and checked under the member's name. */
    private static Parsed members(JsonReader in) throws IOException {
        JsonObject object = new JsonObject();
        Map<String, String> problems = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (unpaired(name)) {
                return refused("The body has a key that holds" + UNPAIRED);
            }
            JsonElement value;
            try {
                value = StrictJson.read(in);
            } catch (JsonParseException e) { // the rest cannot be read: this member's problem is the answer
                return new Parsed(
                        null, null, Map.of(name, name + " holds an object with a repeated key: send each key once."));
            }
            if (object.has(name)) {
                problems.putIfAbsent(name, name + " appears more than once in the body: send each key once.");
            } else {
                object.add(name, checked(value, name, problems));
            }
        }
        in.endObject();
        return new Parsed(object, null, problems);
    }

    /**
     * The value with each number in range made plain (else null), after recording the first problem of
     * the top-level {@code member} it is in (none when {@code member} is null).
     */
    private static JsonElement checked(JsonElement value, String member, Map<String, String> problems) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, checked(array.get(i), member, problems));
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                if (unpaired(entry.getKey())) {
                    problem(member, member + " holds a key with" + UNPAIRED, problems);
                }
                entry.setValue(checked(entry.getValue(), member, problems));
            }
        } else if (value instanceof JsonPrimitive p && p.isString() && unpaired(p.getAsString())) {
            problem(member, member + " holds" + UNPAIRED, problems);
        } else if (value instanceof JsonPrimitive p && p.isNumber()) {
            return number(member, p.getAsString(), problems);
        }
        return value;
    }

    /** True when the text has a surrogate that is not part of a pair, which no UTF-8 can carry. */
    private static boolean unpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) {
                return true;
            }
        }
        return false;
    }

    /** The number, when it has at most {@link #MAX_DIGITS} digits before and after the point; else null. */
    private static JsonElement number(String member, String literal, Map<String, String> problems) {
        BigDecimal number = null;
        try {
            number = literal.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(literal).stripTrailingZeros();
        } catch (NumberFormatException e) {
            // an exponent beyond what any number holds: out of range
        }
        if (number != null && number.precision() - number.scale() <= MAX_DIGITS && number.scale() <= MAX_DIGITS) {
            return new JsonPrimitive(number.scale() <= 0 ? number.toBigIntegerExact() : number);
        }
        problem(
                member,
                member + " holds a number out of range (more than " + MAX_DIGITS + " digits before or after the"
                        + " decimal point): " + PutBodyCheck.whatToSend(member),
                problems);
        return JsonNull.INSTANCE;
    }

    /** Records the first problem of a top-level member (none at the top: the body is not an object then). */
    private static void problem(String member, String detail, Map<String, String> problems) {
        if (member != null) {
            problems.putIfAbsent(member, detail);
        }
    }

    private static Parsed refused(String bodyProblem) {
        return new Parsed(null, bodyProblem, Map.of());
    }
}
