package io.github.iamuser;

import com.google.gson.Gson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's request bodies as JSON written with the client's Gson when first needed, then the same
 * bytes on every attempt: building a request costs no serialization when the client replaces its
 * body with a {@code ProfileBody} it has already checked.
 */
final class OnFirstWriteJsonBodies extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Gson gson;

  OnFirstWriteJsonBodies(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return value -> new Body(gson, value, type);
  }

  /** A value's JSON, serialized on the first write and kept. */
  private static final class Body extends RequestBody {
    private final Gson gson;
    private final Object value;
    private final Type type;
    private byte[] bytes;

    Body(Gson gson, Object value, Type type) {
      this.gson = gson;
      this.value = value;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes().length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes());
    }

    private synchronized byte[] bytes() {
      if (bytes == null) {
        bytes = gson.toJson(value, type).getBytes(StandardCharsets.UTF_8);
      }
      return bytes;
    }
  }
}
