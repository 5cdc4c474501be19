package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A correctly signed request is answered once: its nonce, replayed while the signature is valid, is a 401. */
class SignatureReplayTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String US_USER_PATH = "/" + USERS + SandboxUsers.US_USER;

    @Test
    void aReplayedGetIsA401SayingTheNonceWasUsed() {
        String header = TestSigner.authorization(SANDBOX.sandbox().credential(), US_USER_PATH);
        assertEquals(200, send(header, US_USER_PATH, null).status());
        SignedClient.Answer replay = send(header, US_USER_PATH, null);
        assertEquals(401, replay.status(), replay.body());
        String detail = replay.object().get("detail").getAsString();
        assertTrue(detail.startsWith("Invalid nonce: this nonce was already used"), detail);
        assertTrue(detail.contains("fresh nonce"), "says what to do: " + detail);
        String fresh = TestSigner.authorization(SANDBOX.sandbox().credential(), US_USER_PATH);
        assertEquals(200, send(fresh, US_USER_PATH, null).status(), "a new signature is answered");
    }

    @Test
    void aPutHeaderReplayedWithAnotherBodyIsRefusedAndStoresNothing() {
        String path = US_USER_PATH + "/basic-info";
        String header = TestSigner.authorization(
                SANDBOX.sandbox().credential(), Instant.now(), "PUT", path, new byte[0], Map.of());
        JsonObject profile = Profiles.updateFrom(SANDBOX.sandbox().user(null, SandboxUsers.US_USER));
        assertEquals(
                200,
                send(header, path, Profiles.with(profile, "jobTitle", "Signed once"))
                        .status());
        SignedClient.Answer replay = send(header, path, Profiles.with(profile, "jobTitle", "Replayed"));
        assertEquals(401, replay.status(), replay.body());
        assertTrue(replay.object().get("detail").getAsString().startsWith("Invalid nonce"), replay.body());
        assertEquals(
                "Signed once",
                SANDBOX.sandbox()
                        .user(null, SandboxUsers.US_USER)
                        .get("jobTitle")
                        .getAsString());
    }

    @Test
    void aRequestRefusedForItsSignatureDoesNotUseUpItsNonce() {
        String header = TestSigner.authorization(SANDBOX.sandbox().credential(), US_USER_PATH);
        String broken = header.replaceFirst("signature=.", "signature=" + (header.contains("signature=A") ? "B" : "A"));
        assertEquals(401, send(broken, US_USER_PATH, null).status());
        assertEquals(200, send(header, US_USER_PATH, null).status());
    }

    @Test
    void noncesAreForgottenWhenTheirSignatureExpiresOrTheOldestWhenFull() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        SeenNonces nonces = new SeenNonces(3);
        assertTrue(nonces.firstUse("a", now.plusSeconds(60), now));
        assertFalse(nonces.firstUse("a", now.plusSeconds(60), now.plusSeconds(59)), "a replay within the window");
        assertTrue(nonces.firstUse("a", now.plusSeconds(200), now.plusSeconds(60)), "the signature expired");
        assertTrue(nonces.firstUse("b", now.plusSeconds(300), now.plusSeconds(61)));
        assertTrue(nonces.firstUse("c", now.plusSeconds(300), now.plusSeconds(62)));
        assertTrue(nonces.firstUse("d", now.plusSeconds(300), now.plusSeconds(63)));
        assertEquals(3, nonces.size(), "bounded");
        assertFalse(nonces.firstUse("d", now.plusSeconds(300), now.plusSeconds(64)));
        assertTrue(nonces.firstUse("a", now.plusSeconds(300), now.plusSeconds(64)), "the oldest was forgotten");
        assertTrue(nonces.firstUse("e", now.plusSeconds(900), now.plusSeconds(400)));
        assertEquals(1, nonces.size(), "every expired nonce is dropped");
    }

    private static SignedClient.Answer send(String authorization, String target, JsonObject body) {
        Request.Builder request = new Request.Builder()
                .url(SANDBOX.sandbox().baseUrl() + target.substring(1))
                .header("Authorization", authorization);
        if (body != null) {
            request.put(RequestBody.create(body.toString(), MediaType.get("application/json")));
        }
        return SANDBOX.unsigned().send(request);
    }
}
