package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.USER_JSON;
import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.MutableClock;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accountSwitchKey query parameter: where it comes from, that it appears once, signed, checked first. */
class AccountSwitchKeyInterceptorTest {
    private MockWebServer server;
    private EdgeGridCredential credential;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        credential = Loopback.credential(server);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void noKeyMeansNoParameter() throws Exception {
        server.enqueue(json("[]"));

        TestClients.against(server, ApiVersion.V3).lookups().countries();

        assertEquals(List.of(), server.takeRequest().getRequestUrl().queryParameterValues("accountSwitchKey"));
    }

    @Test
    void theCredentialsAccountKeyIsTheDefault() throws Exception {
        server.enqueue(json("[]"));
        IamClient iam = IamClient.builder()
                .credential(credential.withAccountSwitchKey("1-CRED"))
                .build();

        iam.lookups().countries();

        assertEquals(Optional.of("1-CRED"), iam.accountSwitchKey());
        assertEquals(List.of("1-CRED"), keysSent(server.takeRequest()));
    }

    @Test
    void theClientWideKeyWinsOverTheCredentialsAndIsSigned() throws Exception {
        server.enqueue(json(USER_JSON));
        IamClient iam = IamClient.builder()
                .credential(credential.withAccountSwitchKey("1-CRED"))
                .accountSwitchKey("1-5C0YLB")
                .build();

        iam.getUser("A-B-1CDEFG");

        RecordedRequest request = server.takeRequest();
        assertEquals(
                "/identity-management/v3/user-admin/ui-identities/A-B-1CDEFG"
                        + "?actions=false&authGrants=false&notifications=false&accountSwitchKey=1-5C0YLB",
                request.getPath());
        new EdgeGridSignatureVerifier(credential).verify(request);
    }

    @Test
    void aSiblingsKeyWinsOverTheClientsAndAppearsOnce() throws Exception {
        server.enqueue(json(USER_JSON));
        server.enqueue(json("[]"));
        IamClient iam = IamClient.builder()
                .credential(credential)
                .accountSwitchKey("1-CLIENT")
                .build();

        IamClient sibling = iam.withAccountSwitchKey("1-CALL");
        sibling.replaceProfile("A-B-1CDEFG", Profiles.completeV3Update());
        sibling.lookups().states("USA");

        RecordedRequest put = server.takeRequest();
        assertEquals(List.of("1-CALL"), keysSent(put));
        new EdgeGridSignatureVerifier(credential).verify(put);
        assertEquals(List.of("1-CALL"), keysSent(server.takeRequest()));
    }

    @Test
    void aKeyWithTwoPartsIsSentOnceAndEncodedAsAQueryValue() throws Exception {
        server.enqueue(json("[]"));
        IamClient iam = TestClients.against(server, ApiVersion.V3);

        iam.withAccountSwitchKey("1-5C0YLB:1-8BYUX").lookups().countries();

        RecordedRequest request = server.takeRequest();
        assertEquals(
                "/identity-management/v3/user-admin/common/countries?accountSwitchKey=1-5C0YLB%3A1-8BYUX",
                request.getPath());
        assertEquals(List.of("1-5C0YLB:1-8BYUX"), keysSent(request));
    }

    @Test
    void theRawApiGetsTheClientKeyWhenItPassesNoneAndKeepsItsOwnOtherwise() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        IamClient iam = IamClient.builder()
                .credential(credential)
                .accountSwitchKey("1-CLIENT")
                .build();

        iam.lookupsApi().listCountries(null).execute();
        iam.lookupsApi().listCountries("1-OWN").execute();

        assertEquals(List.of("1-CLIENT"), keysSent(server.takeRequest()));
        assertEquals(List.of("1-OWN"), keysSent(server.takeRequest()));
    }

    @Test
    void withAccountSwitchKeyMakesASiblingOnTheSamePoolAndLeavesTheOriginalAlone() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        IamClient iam = TestClients.against(server, ApiVersion.V3);

        IamClient other = iam.withAccountSwitchKey("1-OTHER");
        other.lookups().countries();
        iam.lookups().countries();

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals(List.of("1-OTHER"), keysSent(first));
        assertEquals(List.of(), keysSent(second));
        assertEquals(1, second.getSequenceNumber(), "the original reuses the sibling's pooled connection");
    }

    @Test
    void eachRetryAttemptCarriesTheKeyOnceAndAFreshSignature() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json("[]"));
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        IamClient iam = IamClient.builder()
                .credential(credential)
                .accountSwitchKey("1-5C0YLB")
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build();

        iam.lookups().countries();

        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);
        List<RecordedRequest> attempts = List.of(server.takeRequest(), server.takeRequest(), server.takeRequest());
        for (RecordedRequest attempt : attempts) {
            assertEquals(List.of("1-5C0YLB"), keysSent(attempt));
            verifier.verify(attempt);
        }
        List<String> nonces =
                attempts.stream().map(r -> verifier.verify(r).nonce()).toList();
        assertEquals(3, nonces.stream().distinct().count(), nonces.toString());
    }

    @Test
    void aMalformedClientKeyIsRefusedByTheBuilder() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> IamClient.builder().credential(credential).accountSwitchKey("1-ABC&x=1"));

        assertTrue(e.getMessage().contains("accountSwitchKey '1-ABC&x=1' is not valid"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMalformedSiblingOrPerUpdateKeyIsRefusedBeforeAnythingIsSent() {
        assertThrows(
                IllegalArgumentException.class, () -> UpdateOptions.defaults().withAccountSwitchKey(""));
        assertThrows(
                IllegalArgumentException.class, () -> UpdateOptions.defaults().withAccountSwitchKey("1-A:2-B:3-C"));
        assertThrows(
                IllegalArgumentException.class,
                () -> TestClients.against(server, ApiVersion.V3).withAccountSwitchKey("a b"));

        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMalformedKeyPassedToTheRawApiIsRefusedBeforeAnythingIsSent() {
        IamClient iam = TestClients.against(server, ApiVersion.V3);

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> iam.usersApi()
                        .getUser("A-B-1CDEFG", null, null, null, "1-ABC/../x")
                        .execute());

        assertTrue(e.getMessage().contains("accountSwitchKey"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aNullKeyOnASiblingFallsBackToTheCredentialsKey() {
        IamClient iam = IamClient.builder()
                .credential(credential.withAccountSwitchKey("1-CRED"))
                .accountSwitchKey("1-CLIENT")
                .build();

        assertEquals(Optional.of("1-CRED"), iam.withAccountSwitchKey(null).accountSwitchKey());
    }

    private static List<String> keysSent(RecordedRequest request) {
        return request.getRequestUrl().queryParameterValues("accountSwitchKey");
    }

    @Test
    void theAccountSwitchKeyGoesWithEveryV3CallOfASafeUpdate() throws Exception {
        IamClient iam = TestClients.against(server, ApiVersion.V3);
        IamClient switched = iam.withAccountSwitchKey("1-5C0YLB");
        server.enqueue(json(IamClientOperationsTest.V3_USER));
        server.enqueue(json(IamClientOperationsTest.V3_USER));
        server.enqueue(json("[\"USA\"]"));

        switched.updateProfile("A-B-1CDEFG", c -> c.jobTitle("CTO"));
        iam.withAccountSwitchKey("1-5C0YLB:1-8BYUX").lookups().countries();

        String base = "/identity-management/v3/user-admin";
        EdgeGridSignatureVerifier verifier = new EdgeGridSignatureVerifier(credential);
        for (String sent : List.of(
                "GET " + base + "/ui-identities/A-B-1CDEFG?actions=false&authGrants=false&notifications=false"
                        + "&accountSwitchKey=1-5C0YLB",
                "PUT " + base + "/ui-identities/A-B-1CDEFG/basic-info?accountSwitchKey=1-5C0YLB",
                "GET " + base + "/common/countries?accountSwitchKey=1-5C0YLB%3A1-8BYUX")) {
            RecordedRequest request = server.takeRequest();
            assertEquals(sent, request.getMethod() + " " + request.getPath());
            verifier.verify(request);
        }
    }
}
