package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The command line against a server that echoes the Authorization header and sends control
 * characters: nothing it prints holds a credential or a raw control character.
 */
class IamUserCliHostileServerTest {
    private static final String ID = "A-B-1CDEFG";

    private MockWebServer server;
    private CliHome home;

    @BeforeEach
    void start(@TempDir Path tempHome) throws IOException {
        server = Loopback.startServer();
        home = CliHome.loopback(tempHome, server, "hostile");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private CliRun cli(String... args) {
        return home.cli(args);
    }

    private void answer(Function<RecordedRequest, MockResponse> answer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer.apply(request);
            }
        });
    }

    /** The user as an IAM v3 server (the default version) answers it, with {@code field} set to {@code value}. */
    private static JsonObject user(String field, String value) {
        return user(ApiVersion.V3, field, value);
    }

    private static JsonObject user(ApiVersion version, String field, String value) {
        JsonObject user = LoopbackUser.of(version);
        user.addProperty(field, value);
        return user;
    }

    @Test
    void anAuthorizationHeaderEchoedInAnErrorIsRedacted() {
        answer(request -> {
            String authorization = request.getHeader("Authorization");
            JsonObject problem = new JsonObject();
            problem.addProperty("type", "/useradmin-api/error-types/1301");
            problem.addProperty("title", "Validation Exception for " + Loopback.CLIENT_TOKEN);
            problem.addProperty(
                    "detail",
                    "Bad header Authorization: " + authorization + " (secret " + Loopback.CLIENT_SECRET + ")");
            problem.addProperty("httpStatus", 400);
            problem.addProperty("requestId", authorization);
            return Loopback.json(400, problem.toString());
        });
        for (String verbose : new String[] {"--json", "--verbose"}) {
            CliRun run = cli("get", ID, verbose);
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("detail: Bad header Authorization: <redacted>"), run::toString);
            String printed = run.out() + run.err();
            for (String secret : new String[] {
                Loopback.CLIENT_TOKEN, Loopback.ACCESS_TOKEN, Loopback.CLIENT_SECRET, signature(server)
            }) {
                assertFalse(printed.contains(secret), () -> secret + " printed in\n" + run);
            }
        }
    }

    private static String signature(MockWebServer server) {
        try {
            String authorization = server.takeRequest().getHeader("Authorization");
            return authorization.substring(authorization.indexOf("signature=") + "signature=".length());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void controlCharactersInValuesReadFromTheServerAreEscaped() {
        JsonObject user = user("jobTitle", "Chief\u001b]0;pwned\u0007Engineer");
        user.addProperty("city", "Cam\nbridge\tMA");
        user.addProperty("address", "\u009b31m150 Broadway\r");
        answer(request -> Loopback.json(user.toString()));
        CliRun run = cli("get", ID);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(
                run.out().contains("jobTitle                  Chief\\u001b]0;pwned\\u0007Engineer\n"), run::toString);
        assertTrue(run.out().contains("city                      Cam\\nbridge\\tMA\n"), run::toString);
        assertTrue(run.out().contains("address                   \\u009b31m150 Broadway\\r\n"), run::toString);
        run.assertNoControlCharacters();
        CliRun json = cli("get", ID, "--json");
        assertEquals(0, json.exitCode(), json::toString);
        assertEquals(
                "\u009b31m150 Broadway\r",
                JsonParser.parseString(json.out())
                        .getAsJsonObject()
                        .get("address")
                        .getAsString(),
                "JSON stays JSON, with the control characters as escapes");
        json.assertNoControlCharacters();
    }

    @Test
    void bidiControlsAndLineSeparatorsAreEscapedSoTheTerminalShowsTheTextAsStored() {
        JsonObject user = user("jobTitle", "CTO \u202Eregnie\u202C \u2066x\u2069\u200F");
        user.addProperty("city", "Cam\u2028bridge\u2029");
        user.addProperty("address", "\uD83D\uDC69\u200D\uD83D\uDCBB 150 Broadway");
        answer(request -> Loopback.json(user.toString()));

        CliRun run = cli("get", ID);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(
                run.out().contains("jobTitle                  CTO \\u202eregnie\\u202c \\u2066x\\u2069\\u200f\n"),
                run::toString);
        assertTrue(run.out().contains("city                      Cam\\u2028bridge\\u2029\n"), run::toString);
        assertTrue(
                run.out().contains("address                   \uD83D\uDC69\u200D\uD83D\uDCBB 150 Broadway\n"),
                "an emoji sequence (zero-width joiner) stays as it is: " + run);
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aServerThatStoresSomethingElseExitsThreeAndTheDifferenceIsShownEscaped(ApiVersion version) {
        answer(request -> request.getMethod().equals("GET")
                ? Loopback.json(user(version, "city", "Cam\u001b[2Jbridge").toString())
                : Loopback.json(user(version, "city", "Boston\u0007").toString()));
        String option = LoopbackUser.option(version);
        CliRun run = cli("update", ID, "--set", "city=Boston", "--api-version", option);
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("city               \"Cam\\u001b[2Jbridge\" -> \"Boston\""), run::toString);
        assertTrue(run.out().contains("the server stored these fields differently"), run::toString);
        assertTrue(run.out().contains("city               \"Boston\" -> \"Boston\\u0007\""), run::toString);
        run.assertNoControlCharacters();
        assertEquals(
                3,
                cli("update", ID, "--set", "city=Boston", "--json", "--api-version", option)
                        .exitCode());
    }

    @Test
    void controlCharactersInAnErrorAreEscaped() {
        answer(request -> Loopback.json(
                404,
                "{\"type\":\"/useradmin-api/error-types/1100\",\"title\":\"User\\u001b[31m not found\","
                        + "\"detail\":\"line one\\nforged line\",\"httpStatus\":404,"
                        + "\"errors\":[\"\\u0085next\"]}"));
        CliRun run = cli("get", ID, "--verbose");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("title: User\\u001b[31m not found"), run::toString);
        assertTrue(run.err().contains("detail: line one\\nforged line"), run::toString);
        assertTrue(run.err().contains("error: \\u0085next"), run::toString);
        run.assertNoControlCharacters();
    }

    @Test
    void aRedirectToAnotherHostIsNotSignedNotRetriedAndExits2SayingWhatToChange() throws IOException {
        try (MockWebServer elsewhere = Loopback.startServer()) {
            answer(request -> new MockResponse()
                    .setResponseCode(307)
                    .setHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + request.getPath()));

            CliRun run = cli("update", ID, "--set", "city=Boston");

            assertEquals(2, run.exitCode(), run.err());
            assertTrue(
                    run.err().contains("Refused to sign a request to http://127.0.0.1:" + elsewhere.getPort()),
                    run.err());
            assertTrue(run.err().contains("Nothing was sent."), run.err());
            assertEquals(1, server.getRequestCount(), "not retried");
            assertEquals(0, elsewhere.getRequestCount(), "the credential went nowhere else");
        }
    }
}
