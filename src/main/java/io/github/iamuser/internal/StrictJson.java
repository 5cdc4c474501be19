package io.github.iamuser.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The one strict JSON reading of library, command line and sandbox: one JSON text as RFC 8259 writes it (Gson's
 * strict reader: quoted names, no comments, no NaN, a member name repeated in one object refused, which Gson's own
 * parser lets the last win), and models read with booleans and integers of the right JSON type.
 */
public final class StrictJson {
    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapterFactory(new StrictTypes())
            .create();

    private StrictJson() {}

    /** The Gson the client reads answers into models with (booleans and integers strictly) and writes JSON with (no HTML escaping). */
    public static Gson gson() {
        return GSON;
    }

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

    /**
     * Reads the valid JSON text of {@code in} to its end, keeping nothing, and returns the first member name that
     * appears twice in one object ({@code $.path.name}), or null: for answers too large to hold as a tree.
     */
    public static String repeatedName(JsonReader in) throws IOException {
        Deque<Set<String>> objects = new ArrayDeque<>();
        while (true) {
            switch (in.peek()) {
                case BEGIN_OBJECT -> {
                    in.beginObject();
                    objects.push(new HashSet<>());
                }
                case END_OBJECT -> {
                    in.endObject();
                    objects.pop();
                }
                case BEGIN_ARRAY -> in.beginArray();
                case END_ARRAY -> in.endArray();
                case NAME -> {
                    if (!objects.element().add(in.nextName())) {
                        return in.getPath();
                    }
                }
                case END_DOCUMENT -> {
                    return null;
                }
                default -> in.skipValue();
            }
        }
    }

    /**
     * Reads booleans and integers (int and long: ids) strictly: a boolean must be a JSON boolean and an
     * integer a JSON integer in range. Gson alone reads {@code "tfaEnabled": "yes"} as {@code false}, which a safe
     * update would then send back, switching two-factor authentication off.
     */
    private static final class StrictTypes implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<?> raw = type.getRawType();
            boolean wantsBoolean = raw == Boolean.class || raw == boolean.class;
            boolean wantsLong = raw == Long.class || raw == long.class;
            if (!wantsBoolean && !wantsLong && raw != Integer.class && raw != int.class) {
                return null;
            }
            TypeAdapter<T> standard = gson.getDelegateAdapter(this, type);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    standard.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    JsonToken token = in.peek();
                    if (wantsBoolean) {
                        if (token != JsonToken.BOOLEAN) {
                            throw wrongType("a JSON boolean (true or false)", in, token);
                        }
                        return (T) Boolean.valueOf(in.nextBoolean());
                    }
                    if (token != JsonToken.NUMBER) {
                        throw wrongType("a JSON integer", in, token);
                    }
                    String number = in.nextString();
                    try {
                        return (T)
                                (wantsLong
                                        ? (Object) Long.valueOf(Long.parseLong(number))
                                        : (Object) Integer.valueOf(Integer.parseInt(number)));
                    } catch (NumberFormatException notPlain) {
                        // such as 1800.0, 1.8e3 or out of range; BigDecimal only then (on JDK 25 its class
                        // initialization alone takes a command line tens of milliseconds)
                    }
                    try {
                        BigDecimal exact = new BigDecimal(number);
                        Object value = wantsLong ? (Object) exact.longValueExact() : (Object) exact.intValueExact();
                        return (T) value;
                    } catch (ArithmeticException | NumberFormatException notAnInt) {
                        throw new JsonParseException(in.getPath() + " must be a JSON integer from "
                                + (wantsLong ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to "
                                + (wantsLong ? Long.MAX_VALUE : Integer.MAX_VALUE) + ", not " + shortened(number));
                    }
                }
            }.nullSafe(); // null stays null, as Gson reads it
        }

        private static JsonParseException wrongType(String wanted, JsonReader in, JsonToken token) throws IOException {
            String path = in.getPath(); // only on failure: it builds a string
            String found =
                    token == JsonToken.STRING ? "the string \"" + shortened(in.nextString()) + "\"" : "a JSON " + token;
            return new JsonParseException(path + " must be " + wanted + ", not " + found);
        }

        private static String shortened(String text) {
            return text.length() <= 20 ? text : text.substring(0, 20) + "...";
        }
    }
}
