package io.github.iamuser.internal;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one strict JSON reading: RFC 8259 text reads as it is written, what Gson's lenient parser would guess is
 * refused; and through the client against a careless or hostile server, a member of the wrong JSON type stops the
 * read naming the member (nothing is guessed, nothing more is sent), while a well-typed answer reads.
 */
class StrictJsonTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.against(server, ApiVersion.V3);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    static Stream<Arguments> wronglyTypedMembers() {
        return Stream.of(
                Arguments.of("\"tfaEnabled\":true", "\"tfaEnabled\":\"yes\"", "$.tfaEnabled must be a JSON boolean"),
                Arguments.of("\"tfaEnabled\":true", "\"tfaEnabled\":1", "$.tfaEnabled must be a JSON boolean"),
                Arguments.of(
                        "\"sessionTimeOut\":1800",
                        "\"sessionTimeOut\":\"1800\"",
                        "$.sessionTimeOut must be a JSON integer"),
                Arguments.of(
                        "\"sessionTimeOut\":1800",
                        "\"sessionTimeOut\":1800.5",
                        "$.sessionTimeOut must be a JSON integer"),
                Arguments.of(
                        "\"sessionTimeOut\":1800",
                        "\"sessionTimeOut\":1e10001",
                        "$.sessionTimeOut must be a JSON integer"),
                Arguments.of("\"isLocked\":false", "\"isLocked\":\"false\"", "$.isLocked must be a JSON boolean"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wronglyTypedMembers")
    void aWronglyTypedMemberStopsTheSafeUpdateNamingTheFieldAndNothingIsSent(String good, String bad, String message) {
        server.enqueue(json(USER_JSON.replace(good, bad)));

        IamException e = assertThrows(
                IamException.class, () -> iam.updateProfile("A-B-1CDEFG", change -> change.city("Boston")));

        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, server.getRequestCount(), "only the GET was sent");
    }

    @Test
    void aWellTypedAnswerStillReads() {
        server.enqueue(json(USER_JSON));

        assertEquals(1800, iam.getUser("A-B-1CDEFG").getSessionTimeOut());
    }

    @Test
    void aValidTextReadsAsItIsWrittenNumbersKeepingTheirText() {
        String text = "{\"a\":[1,\"x\",true,null,{\"b\":1e3}],\"c\":-0.5}";

        assertEquals(JsonParser.parseString(text), StrictJson.parse(text));
        assertEquals("1e3", StrictJson.parse("[1e3]").getAsJsonArray().get(0).getAsString());
    }

    @Test
    void aNameTwiceInOneObjectIsRefusedNamingIt() {
        JsonParseException e =
                assertThrows(JsonParseException.class, () -> StrictJson.parse("{\"a\":{\"b\":1,\"b\":2}}"));

        assertTrue(e.getMessage().contains("\"b\" appears twice in one object"), e.getMessage());
        assertEquals(
                2, StrictJson.parse("[{\"b\":1},{\"b\":2}]").getAsJsonArray().size(), "once per object is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{a:1}", "{'a':1}", "{\"a\":1} x", "{\"a\":1}{}", "[NaN]", "{\"a\":1,}", "/*c*/{}", ""})
    void whatTheRfcDoesNotWriteIsRefused(String text) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> StrictJson.parse(text));

        assertTrue(e.getMessage().startsWith("malformed") || e.getMessage().contains("missing"), e.getMessage());
    }
}
