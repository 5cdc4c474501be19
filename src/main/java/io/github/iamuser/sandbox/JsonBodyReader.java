package io.github.iamuser.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a request body as the sandbox accepts JSON: UTF-8 bytes, strict syntax, each key once per
 * object, numbers in range and strings without unpaired surrogates. A problem is reported under the
 * top-level member it is in, or for the whole body, in the sandbox's own words.
 */
final class JsonBodyReader {
    /** The most digits a number may have before, and after, its decimal point. */
    static final int MAX_DIGITS = 18;

    private static final int MAX_NUMBER_LENGTH = 100;
    private static final String SEND_AN_OBJECT = "send one JSON object with the 17 profile fields.";
    private static final String UNPAIRED = " an unpaired surrogate (a \\ud800 to \\udfff escape without its"
            + " partner): send Unicode text, a character beyond U+FFFF escaped as a pair such as \\ud83d\\ude00.";

    private final JsonReader reader;
    private final Map<String, String> problems = new HashMap<>();

    private JsonBodyReader(String text) {
        reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
    }

    /** The value read, or a problem with the whole body; and the problems of single top-level members. */
    record Parsed(JsonElement value, String bodyProblem, Map<String, String> memberProblems) {}

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
        JsonBodyReader json = new JsonBodyReader(text.toString());
        try {
            JsonElement value = json.value(null);
            if (json.reader.peek() != JsonToken.END_DOCUMENT) {
                return refused("The body goes on after its JSON value: " + SEND_AN_OBJECT);
            }
            return new Parsed(value, null, Map.copyOf(json.problems));
        } catch (Refused e) {
            return refused(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return refused("The body is not valid JSON (the error is at " + json.reader.getPath() + "): "
                    + SEND_AN_OBJECT + " Keys and strings go in double quotes.");
        }
    }

    /** The next value; {@code member} is the top-level member it is in, null at the top. */
    private JsonElement value(String member) throws IOException, Refused {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT:
                return object(member);
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(member));
                }
                reader.endArray();
                return array;
            case STRING:
                String text = reader.nextString();
                if (unpaired(text)) {
                    problem(member, member + " holds" + UNPAIRED);
                }
                return new JsonPrimitive(text);
            case NUMBER:
                return number(member, reader.nextString());
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IOException("no value but " + token);
        }
    }

    private JsonObject object(String member) throws IOException, Refused {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            String inside = member == null ? name : member;
            if (member == null && unpaired(name)) {
                throw new Refused("The body has a key that holds" + UNPAIRED);
            } else if (unpaired(name)) {
                problem(member, member + " holds a key with" + UNPAIRED);
            } else if (object.has(name)) {
                problem(
                        inside,
                        member == null
                                ? name + " appears more than once in the body: send each key once."
                                : member + " holds an object with a repeated key: send each key once.");
            }
            JsonElement value = value(inside);
            if (!object.has(name)) {
                object.add(name, value);
            }
        }
        reader.endObject();
        return object;
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
    private JsonElement number(String member, String literal) {
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
                        + " decimal point): " + PutBodyCheck.whatToSend(member));
        return JsonNull.INSTANCE;
    }

    /** Records the first problem of a top-level member (none at the top: the body is not an object then). */
    private void problem(String member, String detail) {
        if (member != null) {
            problems.putIfAbsent(member, detail);
        }
    }

    private static Parsed refused(String bodyProblem) {
        return new Parsed(null, bodyProblem, Map.of());
    }

    /** A problem with the whole body. */
    private static final class Refused extends Exception {
        Refused(String detail) {
            super(detail, null, false, false);
        }
    }
}
