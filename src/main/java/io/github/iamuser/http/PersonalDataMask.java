package io.github.iamuser.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.iamuser.profile.Field;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Masks personal data in a JSON body before it is logged: the values of {@link #MASKED_MEMBERS},
 * at any depth, become {@code "***"}; empty strings and nulls stay as they are, since they show
 * that a field is empty without revealing anything.
 */
final class PersonalDataMask {
  /** Members whose values are never logged: the personal data of {@link Field}. */
  static final Set<String> MASKED_MEMBERS = Arrays.stream(Field.values())
      .filter(Field::personal).map(Field::jsonName).collect(Collectors.toUnmodifiableSet());
  static final String MASK = "***";

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final TypeAdapter<JsonElement> ELEMENTS = GSON.getAdapter(JsonElement.class);

  private PersonalDataMask() {
  }

  /** The body as compact JSON with personal data masked; empty when the body is not JSON. */
  static Optional<String> mask(String body) {
    return strictJson(body).map(json -> GSON.toJson(masked(json)));
  }

  /** Parses strictly (RFC 8259), so that text such as an HTML page is never taken for JSON. */
  private static Optional<JsonElement> strictJson(String text) {
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = ELEMENTS.read(reader);
      return reader.peek() == JsonToken.END_DOCUMENT ? Optional.of(element) : Optional.empty();
    } catch (IOException | JsonParseException | IllegalStateException notJson) {
      return Optional.empty();
    }
  }

  private static JsonElement masked(JsonElement element) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().asList().replaceAll(PersonalDataMask::masked);
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      for (Map.Entry<String, JsonElement> member : object.entrySet()) {
        member.setValue(MASKED_MEMBERS.contains(member.getKey()) && !isEmpty(member.getValue())
            ? new JsonPrimitive(MASK)
            : masked(member.getValue()));
      }
    }
    return element;
  }

  private static boolean isEmpty(JsonElement value) {
    return value.isJsonNull() || (value.isJsonPrimitive() && value.getAsString().isEmpty());
  }
}
