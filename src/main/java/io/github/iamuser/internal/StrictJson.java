package io.github.iamuser.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses one JSON text as RFC 8259 writes it (Gson's strict reader: quoted names, no comments, no
 * NaN) and refuses a member name repeated in one object, which Gson's own parser lets the last win.
 */
public final class StrictJson {
    private StrictJson() {}

    /** The JSON value {@code text} holds; {@link JsonParseException} says what is wrong. */
    public static JsonElement parse(String text) {
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.setStrictness(Strictness.STRICT);
            JsonElement value = read(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("text follows the value");
            }
            return value;
        } catch (IOException | IllegalStateException e) {
            throw new JsonParseException(
                    "malformed: names and text go in double quotes, and nothing follows the object", e);
        }
    }

    /**
     * The next value of {@code in}, which the caller has set to {@link Strictness#STRICT}, for a caller that
     * reads the outer structure itself; a repeated name is a {@link JsonParseException}.
     */
    public static JsonElement read(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    String name = in.nextName();
                    if (object.has(name)) {
                        throw new JsonParseException("\"" + name + "\" appears twice in one object");
                    }
                    object.add(name, read(in));
                }
                in.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                in.beginArray();
                while (in.hasNext()) {
                    array.add(read(in));
                }
                in.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(in.nextString());
            }
            case NUMBER -> {
                return JsonParser.parseString(in.nextString()); // a number that keeps its text, 1e3 as 1e3
            }
            case BOOLEAN -> {
                return new JsonPrimitive(in.nextBoolean());
            }
            case NULL -> {
                in.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new JsonParseException("a JSON value is missing");
        }
    }
}
