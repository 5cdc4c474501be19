package io.github.iamuser;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.github.iamuser.internal.StrictJson;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import okhttp3.ResponseBody;
import okio.ByteString;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a successful response with the next (Gson) converter, keeping the text of a body that is
 * not the JSON the operation returns, so that the error can show what came back instead.
 */
final class JsonResponseConverterFactory extends Converter.Factory {
    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> json = retrofit.nextResponseBodyConverter(this, type, annotations);
        return body -> {
            ByteString bytes;
            try {
                bytes = BoundedBodies.bytes(body);
            } catch (NotTheExpectedJson tooLarge) {
                throw tooLarge;
            } catch (IOException cut) {
                throw new NotTheExpectedJson(null, "the body was cut short: " + cut, cut);
            }
            // Gson decodes the bytes; they become text only for an error.
            try {
                Object value = json.convert(ResponseBody.create(bytes, body.contentType()));
                String repeated = StrictJson.repeatedName(new JsonReader(
                        ResponseBody.create(bytes, body.contentType()).charStream()));
                if (repeated != null) {
                    throw new JsonParseException(
                            repeated + " appears twice in one object: which of its values the server holds is unknown");
                }
                return value;
            } catch (JsonParseException wrongType) {
                throw new NotTheExpectedJson(
                        BoundedBodies.text(bytes, body.contentType()), wrongType.getMessage(), wrongType);
            } catch (IOException | IllegalStateException notJson) {
                // The bytes are in memory: an IOException here is Gson's MalformedJsonException.
                throw new NotTheExpectedJson(
                        BoundedBodies.text(bytes, body.contentType()), "not valid JSON of the expected shape", notJson);
            }
        };
    }

    /** The {@code uiIdentityId} of each user of a list answer, read as it streams in, nothing else kept. */
    static List<String> uiIdentityIds(Reader answer) throws IOException {
        List<String> ids = new ArrayList<>();
        try (JsonReader in = new JsonReader(answer)) {
            in.beginArray();
            while (in.hasNext()) {
                String id = null;
                in.beginObject();
                while (in.hasNext()) {
                    if (in.nextName().equals("uiIdentityId") && in.peek() == JsonToken.STRING) {
                        if (id != null) {
                            throw new MalformedJsonException("a user of the list has its uiIdentityId twice");
                        }
                        id = in.nextString();
                    } else {
                        in.skipValue();
                    }
                }
                in.endObject();
                if (id == null) {
                    throw new MalformedJsonException("a user of the list has no uiIdentityId");
                }
                ids.add(id);
            }
            in.endArray();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("text follows the list");
            }
        } catch (MalformedJsonException | IllegalStateException | EOFException e) {
            throw new NotTheExpectedJson("", e.getMessage(), e);
        }
        return ids;
    }

    /** A successful response whose body is not the JSON the operation returns; {@code body} null when not read whole. */
    static final class NotTheExpectedJson extends IOException {
        private static final long serialVersionUID = 1L;
        final transient String body;
        final String why;

        NotTheExpectedJson(String body, String why, Exception cause) {
            super("the response body is not the JSON the operation returns: " + why, cause);
            this.body = body;
            this.why = why;
        }
    }
}
