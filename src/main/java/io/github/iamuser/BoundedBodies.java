package io.github.iamuser;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.ByteString;

/**
 * Reads response bodies only up to {@link #MAX_BYTES}, so that a server cannot fill the heap with one: a
 * success body as bytes, and an error body (which Retrofit would buffer whole) cut before Retrofit sees it.
 */
final class BoundedBodies {
    /** The largest body read: far more than any IAM answer (a list of 20,000 users is about 12 MiB). */
    static final long MAX_BYTES = 32L << 20;

    static final String NOT_READ_FURTHER = "more than 32 MiB, not read further";

    private BoundedBodies() {}

    /** The whole body; a longer one than {@link #MAX_BYTES} is refused, its first 8 KiB kept as text. */
    static ByteString bytes(ResponseBody body) throws IOException {
        if (body.source().request(MAX_BYTES + 1)) {
            throw new JsonResponseConverterFactory.NotTheExpectedJson(start(body, 8192), NOT_READ_FURTHER, null);
        }
        return body.source().readByteString();
    }

    /** Body bytes as text, in the charset {@code type} names (UTF-8 when it names none). */
    static String text(ByteString bytes, MediaType type) {
        return bytes.string(charset(type));
    }

    /** An application interceptor: an error body longer than {@link #MAX_BYTES} becomes its first 4 KiB and a note. */
    static Response boundErrorBody(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (response.isSuccessful() || body == null || !body.source().request(MAX_BYTES + 1)) {
            return response;
        }
        String start = start(body, 4096);
        response.close();
        return response.newBuilder()
                .body(ResponseBody.create(start + " [" + NOT_READ_FURTHER + "]", body.contentType()))
                .build();
    }

    /** The first {@code bytes} bytes of a body already buffered, as text. */
    private static String start(ResponseBody body, long bytes) throws IOException {
        return body.source().getBuffer().readString(bytes, charset(body.contentType()));
    }

    private static Charset charset(MediaType type) {
        Charset given = type == null ? null : type.charset();
        return given == null ? StandardCharsets.UTF_8 : given;
    }
}
