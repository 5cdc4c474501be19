package io.github.iamuser;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import okhttp3.Request;
import retrofit2.Invocation;

/** Reads a successful answer's JSON as the type the generated Retrofit method declares. */
final class JsonAnswers {
  private final Gson gson;

  JsonAnswers(Gson gson) {
    this.gson = gson;
  }

  /** The {@code T} of the {@code Call<T>} the generated method behind this request returns. */
  static Type answerType(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("the request was not made by a generated Retrofit method");
    }
    ParameterizedType call = (ParameterizedType) invocation.method().getGenericReturnType();
    return call.getActualTypeArguments()[0];
  }

  /** The value, or empty when the text is not one complete JSON value of the type (or is null). */
  Optional<Object> read(String text, Type type) {
    try (JsonReader reader = gson.newJsonReader(new StringReader(text))) {
      Object value = gson.getAdapter(TypeToken.get(type)).read(reader);
      return reader.peek() == JsonToken.END_DOCUMENT ? Optional.ofNullable(value) : Optional.empty();
    } catch (IOException | JsonParseException | IllegalStateException notThatJson) {
      return Optional.empty();
    }
  }
}
