package io.github.iamuser;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
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

    /** The whole body, or a {@link TooLarge} holding its first 8 KiB as text. */
    static ByteString bytes(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (source.request(MAX_BYTES + 1)) {
            throw new TooLarge(source.getBuffer().readString(8192, charset(body.contentType())));
        }
        return source.readByteString();
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
        String start = body.source().getBuffer().readString(4096, charset(body.contentType()));
        response.close();
        return response.newBuilder()
                .body(ResponseBody.create(start + " [" + NOT_READ_FURTHER + "]", body.contentType()))
                .build();
    }

    private static Charset charset(MediaType type) {
        Charset given = type == null ? null : type.charset();
        return given == null ? StandardCharsets.UTF_8 : given;
    }

    /** A body longer than {@link #MAX_BYTES}; {@link #start} is its beginning as text. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final String start;

        TooLarge(String start) {
            super("the response body is " + NOT_READ_FURTHER);
            this.start = start;
        }
    }
}
