package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Starting, configuring, observing, resetting and closing a sandbox. */
class IamSandboxTest {
    @Test
    void startListensOnAFreeLoopbackPortWithAMatchingCredential() {
        try (IamSandbox sandbox = IamSandbox.start();
                IamSandbox other = IamSandbox.start()) {
            assertEquals("http://127.0.0.1:" + sandbox.port() + "/", sandbox.baseUrl());
            EdgeGridCredential credential = sandbox.credential();
            assertEquals("127.0.0.1:" + sandbox.port(), credential.host());
            assertTrue(credential.isLoopback());
            assertEquals(sandbox.baseUrl(), credential.baseUrl());
            assertTrue(credential.clientToken().startsWith("akab-")
                    && credential.accessToken().startsWith("akab-"));
            assertNull(credential.accountSwitchKey());
            assertNotEquals(sandbox.port(), other.port());
            assertNotEquals(credential.clientSecret(), other.credential().clientSecret(), "random per sandbox");
            EdgeGridCredential sameTokensOtherHost =
                    credential.toBuilder().host(other.credential().host()).build();
            assertEquals(
                    401,
                    SignedClient.of(other, sameTokensOtherHost, new okhttp3.OkHttpClient.Builder())
                            .getUser(null, US_USER)
                            .status(),
                    "one sandbox's credential does not open another");
        }
    }

    @Test
    void builderUsesTheGivenPortAndCredentialButItsOwnHost() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        EdgeGridCredential given = EdgeGridCredential.builder()
                .host("akab-example.luna.akamaiapis.net")
                .clientToken("akab-client-given")
                .accessToken("akab-access-given")
                .clientSecret("Z2l2ZW4gc2VjcmV0IGZvciB0aGUgc2FuZGJveA==")
                .accountSwitchKey("1-5C0YLB")
                .build();
        try (IamSandbox sandbox =
                IamSandbox.builder().port(port).credential(given).threads(4).start()) {
            assertEquals(port, sandbox.port());
            EdgeGridCredential used = sandbox.credential();
            assertEquals("127.0.0.1:" + port, used.host());
            assertEquals(given.clientToken(), used.clientToken());
            assertEquals(given.clientSecret(), used.clientSecret());
            assertEquals(given.accessToken(), used.accessToken());
            assertNull(used.accountSwitchKey(), "calls choose their account themselves");
            assertEquals(200, SignedClient.of(sandbox).getUser(null, US_USER).status());
        }
    }

    @Test
    void aPortInUseIsRefusedNamingThePort() {
        try (IamSandbox first = IamSandbox.start()) {
            UncheckedIOException taken = assertThrows(
                    UncheckedIOException.class,
                    () -> IamSandbox.builder().port(first.port()).start());
            assertTrue(
                    taken.getMessage().contains("127.0.0.1:" + first.port())
                            && taken.getMessage().contains("choose another port"),
                    taken.getMessage());
        }
    }

    @Test
    void badSettingsAreRefusedWithTheRule() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> IamSandbox.builder().port(70000))
                .getMessage()
                .startsWith("port must be 0 to 65535"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> IamSandbox.builder().threads(0))
                .getMessage()
                .startsWith("threads must be at least 1"));
    }

    @Test
    void edgercSectionHoldsTheCredential() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            EdgeGridCredential c = sandbox.credential();
            assertEquals(
                    "[sandbox]\n"
                            + "client_secret = " + c.clientSecret() + "\n"
                            + "host = 127.0.0.1:" + sandbox.port() + "\n"
                            + "access_token = " + c.accessToken() + "\n"
                            + "client_token = " + c.clientToken() + "\n"
                            + "max_body = 131072\n",
                    sandbox.edgercSection("sandbox"));
            for (String bad : new String[] {"", "a]b", "two\nlines"}) {
                assertThrows(IllegalArgumentException.class, () -> sandbox.edgercSection(bad));
            }
        }
    }

    @Test
    void requestsAreRecordedAsReceived() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            SignedClient client = SignedClient.of(sandbox);
            JsonObject profile = Profiles.updateFrom(sandbox.user(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER));
            client.putProfile(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER, profile);
            SignedClient.unsigned(sandbox).send(new Request.Builder().url(client.url(USERS + US_USER)));
            List<RecordedRequest> requests = sandbox.requests();
            assertEquals(2, requests.size());
            RecordedRequest put = requests.get(0);
            assertEquals("PUT", put.method());
            assertEquals("/" + USERS + SandboxUsers.SWITCHED_USER + "/basic-info", put.rawPath());
            assertEquals("accountSwitchKey=1-5C0YLB", put.rawQuery());
            assertEquals("1-5C0YLB", put.rawQueryParameter("accountSwitchKey"));
            assertEquals(profile.toString(), put.body());
            assertEquals(200, put.status());
            assertTrue(put.header("content-type").startsWith("application/json"));
            String authorization = put.header("AUTHORIZATION");
            assertTrue(authorization.startsWith("EG1-HMAC-SHA256 client_token="));
            assertFalse(authorization.contains(sandbox.credential().clientSecret()));
            assertFalse(put.toString().contains(sandbox.credential().clientToken()), put.toString());
            assertEquals(401, requests.get(1).status());
            assertNull(requests.get(1).header("Authorization"));
            assertEquals(1, sandbox.putCount());
        }
    }

    @Test
    void resetReseedsUsersAndClearsFaultsRequestsAndCounts() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            SignedClient client = SignedClient.of(sandbox);
            JsonObject seeded = sandbox.user(null, US_USER);
            client.putProfile(null, US_USER, Profiles.without(Profiles.updateFrom(seeded), "jobTitle"));
            assertFalse(sandbox.user(null, US_USER).has("jobTitle"));
            sandbox.faults().enqueue(Fault.serverError(500));
            sandbox.reset();
            assertEquals(seeded, sandbox.user(null, US_USER));
            assertEquals(List.of(), sandbox.faults().pending());
            assertEquals(List.of(), sandbox.requests());
            assertEquals(0, sandbox.putCount());
            assertEquals(200, client.getUser(null, US_USER).status());
        }
    }

    @Test
    void nagleIsTurnedOffForTheJdkServerSoSmallAnswersAreNotHeldBack() {
        try (IamSandbox sandbox = IamSandbox.start()) {
            assertEquals("true", System.getProperty(IamSandbox.NO_DELAY_PROPERTY));
        }
    }

    @Test
    void closeStopsListening() {
        IamSandbox sandbox = IamSandbox.start();
        int port = sandbox.port();
        sandbox.close();
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void loadUsersAreNumberedAndBounded() {
        assertEquals("L-U-000007", SandboxUsers.loadUser(7));
        assertThrows(IllegalArgumentException.class, () -> SandboxUsers.loadUser(SandboxUsers.LOAD_USER_COUNT));
        try (IamSandbox sandbox = IamSandbox.start()) {
            for (int i = 0; i < SandboxUsers.LOAD_USER_COUNT; i++) {
                assertEquals(
                        "USA",
                        sandbox.user(null, SandboxUsers.loadUser(i))
                                .get("country")
                                .getAsString());
            }
        }
    }
}
