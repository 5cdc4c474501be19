package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.lang.annotation.Annotation;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Converter;

/** Bodies the generated APIs build: serialized when first written, then the same bytes every time. */
class OnFirstWriteJsonBodiesTest {
  private final Gson gson = new Gson();

  @Test
  void aBodyIsTheValuesJsonAsItWasWhenFirstWrittenOnEveryLaterWrite() throws Exception {
    UserProfileUpdate profile = new UserProfileUpdate().firstName("Ada").lastName("Lovelace");
    RequestBody body = converter().convert(profile);

    assertEquals("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}", written(body));
    profile.firstName("Grace");
    assertEquals("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}", written(body),
        "a retry sends the bytes the first attempt sent");
    assertEquals(written(body).length(), body.contentLength());
    assertEquals("application/json; charset=UTF-8", body.contentType().toString());
  }

  @Test
  void nothingIsSerializedBeforeTheBodyIsNeeded() throws Exception {
    UserProfileUpdate profile = new UserProfileUpdate().firstName("Ada");
    RequestBody body = converter().convert(profile);
    profile.firstName("Grace");
    assertEquals("{\"firstName\":\"Grace\"}", written(body));
  }

  @SuppressWarnings("unchecked")
  private Converter<Object, RequestBody> converter() {
    return (Converter<Object, RequestBody>) new OnFirstWriteJsonBodies(gson)
        .requestBodyConverter(UserProfileUpdate.class, new Annotation[0], new Annotation[0], null);
  }

  private static String written(RequestBody body) throws Exception {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }
}
