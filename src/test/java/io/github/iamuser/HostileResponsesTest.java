package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.testkit.Loopback;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Responses and redirects a careless or hostile server may send: nothing is guessed, nothing more is sent. */
class HostileResponsesTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = IamClient.builder().credential(Loopback.credential(server)).build();
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptiedRequiredFields")
    void aRequiredFieldTheServerReturnedEmptyIsNamedAndNotSentBack(String field, String user) {
        server.enqueue(json(user));

        InvalidProfileException e = assertThrows(
                InvalidProfileException.class, () -> iam.updateProfile("A-B-1CDEFG", change -> change.city("Boston")));

        assertEquals(
                List.of(field), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.violations().get(0).message().startsWith("the server returned it empty"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "only the GET was sent");
    }

    static Stream<Arguments> emptiedRequiredFields() {
        return Stream.of(
                Arguments.of("firstName", USER_JSON.replace("\"firstName\":\"Jane\"", "\"firstName\":\"\"")),
                Arguments.of("lastName", USER_JSON.replace("\"lastName\":\"Doe\",", "")),
                Arguments.of("timeZone", USER_JSON.replace("\"timeZone\":\"GMT\"", "\"timeZone\":null")));
    }

    @Test
    void anAnswerAboutAnotherUserIsNotWrittenOverTheUserAsked() {
        server.enqueue(json(USER_JSON.replace("\"uiIdentityId\":\"A-B-1CDEFG\"", "\"uiIdentityId\":\"Z-Y-9XWVUT\"")));

        InvalidProfileException e = assertThrows(
                InvalidProfileException.class, () -> iam.updateProfile("A-B-1CDEFG", change -> change.city("Boston")));

        assertEquals(
                "uiIdentityId: the server answered the GET of A-B-1CDEFG with user Z-Y-9XWVUT, whose profile must not"
                        + " be written over A-B-1CDEFG; nothing was sent: check the uiIdentityId, and any proxy or cache"
                        + " between you and the API",
                e.violations().get(0).toString());
        assertEquals(1, server.getRequestCount(), "only the GET was sent");
    }

    @Test
    void theUserAskedInOtherCaseIsTheSameUser() {
        server.enqueue(json(USER_JSON));
        server.enqueue(json(USER_JSON));

        iam.updateProfile("a-b-1cdefg", change -> change.city("Boston"));

        assertEquals(2, server.getRequestCount(), "the GET and the PUT");
    }

    @Test
    void aWellTypedAnswerStillReads() {
        server.enqueue(json(USER_JSON));

        assertEquals(1800, iam.getUser("A-B-1CDEFG").getSessionTimeOut());
    }

    @Test
    void aRedirectToAnotherHostIsNotSignedNotRetriedAndSaysWhatToChange() throws Exception {
        MockWebServer elsewhere = Loopback.startServer();
        String target = "http://127.0.0.1:" + elsewhere.getPort();
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", target + "/elsewhere"));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> iam.lookups().countries());

        assertEquals(1, server.getRequestCount(), "no retry of a request that cannot be signed");
        assertEquals(0, elsewhere.getRequestCount(), "the credential went nowhere else");
        assertTrue(e.getMessage().startsWith("Refused to sign a request to " + target), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was sent."), e.getMessage());
        elsewhere.shutdown();
    }
}
