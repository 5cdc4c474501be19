package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.generated.model.User;
import io.github.iamuser.internal.StrictJson;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * JsonResponseConverterFactory, in the converter chain the client builds (it, then Gson with the strict
 * types): a body that is not the JSON the operation returns is refused, its text kept for the error; a body
 * larger than the bound is not read further; and the streaming read of a user list's ids.
 */
class JsonResponseConverterFactoryTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private final Retrofit retrofit = new Retrofit.Builder()
            .baseUrl("http://127.0.0.1/")
            .addConverterFactory(new JsonResponseConverterFactory())
            .addConverterFactory(GsonConverterFactory.create(StrictJson.gson()))
            .build();

    private User read(ResponseBody body) throws IOException {
        Converter<ResponseBody, Object> converter = retrofit.responseBodyConverter(User.class, new Annotation[0]);
        return (User) converter.convert(body);
    }

    private JsonResponseConverterFactory.NotTheExpectedJson refused(ResponseBody body) {
        return assertThrows(JsonResponseConverterFactory.NotTheExpectedJson.class, () -> read(body));
    }

    @Test
    void aBodyOfTheExpectedJsonIsReadIntoTheModel() throws IOException {
        User user = read(ResponseBody.create(Loopback.USER_JSON, JSON));

        assertEquals("A-B-1CDEFG", user.getUiIdentityId());
        assertEquals(1800, user.getSessionTimeOut());
    }

    @Test
    void textAfterTheValueIsRefusedWithTheWholeBodyKept() {
        String body = "{\"firstName\":\"Jane\"} {\"firstName\":\"Eve\"}";

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(ResponseBody.create(body, JSON));

        assertEquals(body, e.body);
        assertTrue(
                e.getMessage().startsWith("the response body is not the JSON the operation returns: "), e.getMessage());
    }

    @Test
    void aMemberNamedTwiceInOneObjectIsRefusedNamingItsPath() throws IOException {
        // Gson alone keeps the last value, which a safe update would then send back as the user's.
        String body = "{\"firstName\":\"Jane\",\"authGrants\":[{\"groupId\":1,\"roleId\":2,\"roleId\":3}]}";

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(ResponseBody.create(body, JSON));

        assertEquals(body, e.body);
        assertEquals(
                "$.authGrants[0].roleId appears twice in one object: which of its values the server holds is unknown",
                e.why);
        assertEquals(
                "Jane",
                read(ResponseBody.create("{\"firstName\":\"Jane\",\"user\":{\"firstName\":\"Eve\"}}", JSON))
                        .getFirstName(),
                "the same name in two objects is no repetition");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsPath() {
        String body = "{\"firstName\":\"Jane\",\"tfaEnabled\":\"yes\"}";

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(ResponseBody.create(body, JSON));

        assertEquals(body, e.body);
        assertEquals("$.tfaEnabled must be a JSON boolean (true or false), not the string \"yes\"", e.why);
    }

    @Test
    void aWebPageIsRefusedAsNotJsonAndItsTextKeptInTheCharsetItsTypeNames() {
        MediaType latin1 = MediaType.get("text/html; charset=ISO-8859-1");
        byte[] page = "<html>Anmeldung für Müller</html>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(ResponseBody.create(page, latin1));

        assertEquals("<html>Anmeldung für Müller</html>", e.body);
        assertEquals("not valid JSON of the expected shape", e.why);
    }

    @Test
    void aBodyLargerThanTheBoundIsNotReadFurtherAndItsStartIsKept() {
        EndlessSource endless = new EndlessSource();
        ResponseBody body = ResponseBody.create(Okio.buffer(endless), JSON, -1);

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(body);

        assertEquals(BoundedBodies.NOT_READ_FURTHER, e.why);
        assertEquals(8192, e.body.length());
        assertTrue(e.body.startsWith("{\"title\":   "), e.body.substring(0, 20));
        assertTrue(endless.served <= BoundedBodies.MAX_BYTES + (1 << 20), "read " + endless.served + " bytes");
    }

    @Test
    void aBodyCutShortIsRefusedWithoutText() {
        Source cut = new Source() {
            private boolean served;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (served) {
                    throw new IOException("unexpected end of stream");
                }
                served = true;
                sink.writeUtf8("{\"firstName\":\"Ja");
                return 16;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {}
        };

        JsonResponseConverterFactory.NotTheExpectedJson e = refused(ResponseBody.create(Okio.buffer(cut), JSON, -1));

        assertNull(e.body, "a body not read whole has no text");
        assertEquals("the body was cut short: java.io.IOException: unexpected end of stream", e.why);
    }

    @Test
    void theIdsOfAUserListAreReadInOrderSkippingEveryOtherMemberEvenANestedId() throws IOException {
        String answer = "[{\"manager\":{\"uiIdentityId\":\"NOT-ME\"},\"uiIdentityId\":\"B-2\",\"tags\":[1,{}]},"
                + "{\"uiIdentityId\":\"A-1\",\"email\":\"a@example.com\"}]";

        assertEquals(List.of("B-2", "A-1"), JsonResponseConverterFactory.uiIdentityIds(new StringReader(answer)));
        assertEquals(List.of(), JsonResponseConverterFactory.uiIdentityIds(new StringReader("[]")));
    }

    @Test
    void aUserListWithoutAStringIdOrNotAListIsRefused() {
        for (String answer : List.of(
                "[{\"uiIdentityId\":5}]",
                "[{\"uiIdentityId\":null}]",
                "{\"uiIdentityId\":\"A-1\"}",
                "[{\"uiIdentityId\":\"A-1\"}",
                "[\"A-1\"]",
                "[{\"uiIdentityId\":\"A\"}] [{\"uiIdentityId\":\"B\"}]",
                "[{\"uiIdentityId\":\"A\"}] x",
                "[{\"uiIdentityId\":\"A\",\"uiIdentityId\":\"B\"}]")) {
            JsonResponseConverterFactory.NotTheExpectedJson e = assertThrows(
                    JsonResponseConverterFactory.NotTheExpectedJson.class,
                    () -> JsonResponseConverterFactory.uiIdentityIds(new StringReader(answer)),
                    answer);
            assertEquals("", e.body, answer);
        }
    }

    /** A JSON-looking body that never ends: an opening, then spaces, counting what it served. */
    private static final class EndlessSource implements Source {
        private static final byte[] SPACES = " ".repeat(1 << 16).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long served;

        @Override
        public long read(Buffer sink, long byteCount) {
            long n = Math.min(byteCount, 1 << 16);
            if (served == 0) {
                sink.writeUtf8("{\"title\":");
                served = 9;
                return 9;
            }
            sink.write(SPACES, 0, (int) n);
            served += n;
            return n;
        }

        @Override
        public Timeout timeout() {
            return Timeout.NONE;
        }

        @Override
        public void close() {}
    }
}
