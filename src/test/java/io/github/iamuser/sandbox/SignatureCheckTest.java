package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request must carry a valid EdgeGrid signature, checked over the request exactly as received. */
class SignatureCheckTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String US_USER_PATH = "/" + USERS + SandboxUsers.US_USER;

    @Test
    void aRequestSignedByTheProjectsInterceptorIsAnswered() {
        SignedClient.Answer answer = SignedClient.of(SANDBOX.sandbox()).getUser(null, SandboxUsers.US_USER);
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void anUnsignedRequestIsA401SayingSo() {
        JsonObject problem = expect401(null);
        assertTrue(problem.get("detail").getAsString().startsWith("The request has no Authorization header"));
    }

    @Test
    void aHeaderOfAnotherSchemeIsMalformed() {
        JsonObject problem = expect401("Bearer abc");
        assertTrue(
                problem.get("detail")
                        .getAsString()
                        .startsWith("Invalid authorization header: it does not" + " start with 'EG1-HMAC-SHA256 '"),
                problem.toString());
    }

    @Test
    void aHeaderWithoutNonceIsMalformed() {
        String valid = TestSigner.authorization(SANDBOX.sandbox().credential(), US_USER_PATH);
        JsonObject problem = expect401(valid.replaceFirst("nonce=[^;]*;", ""));
        assertEquals(
                "Invalid authorization header: it has no nonce; expected 'EG1-HMAC-SHA256"
                        + " client_token=...;access_token=...;timestamp=yyyyMMddTHH:mm:ss+0000;nonce=...;signature=...'.",
                problem.get("detail").getAsString());
    }

    @Test
    void aTamperedSignatureIsA401() {
        String valid = TestSigner.authorization(SANDBOX.sandbox().credential(), US_USER_PATH);
        char last = valid.charAt(valid.length() - 2);
        String tampered = valid.substring(0, valid.length() - 2) + (last == 'A' ? 'B' : 'A') + "=";
        assertDetail(tampered, "The signature does not match");
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsA401() {
        EdgeGridCredential wrongSecret = SANDBOX.sandbox().credential().toBuilder()
                .clientSecret("d3JvbmcgY2xpZW50IHNlY3JldA==")
                .build();
        assertDetail(TestSigner.authorization(wrongSecret, US_USER_PATH), "The signature does not match");
    }

    @Test
    void anUnknownClientTokenIsA401() {
        EdgeGridCredential other = SANDBOX.sandbox().credential().toBuilder()
                .clientToken("akab-unknownclienttoken-000000")
                .build();
        assertDetail(TestSigner.authorization(other, US_USER_PATH), "Invalid authorization client token");
    }

    @Test
    void anUnknownAccessTokenIsA401() {
        EdgeGridCredential other = SANDBOX.sandbox().credential().toBuilder()
                .accessToken("akab-unknownaccesstoken-000000")
                .build();
        assertDetail(TestSigner.authorization(other, US_USER_PATH), "Invalid authorization access token");
    }

    @Test
    void aSignatureTenMinutesOldOrAheadIsA401ForItsTimestamp() {
        for (Instant signedAt : List.of(
                Instant.now().minus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(10)))) {
            String header = TestSigner.authorization(
                    SANDBOX.sandbox().credential(), signedAt, "GET", US_USER_PATH, new byte[0], Map.of());
            assertDetail(header, "Invalid timestamp");
        }
    }

    @Test
    void theProblemDocumentCarriesTheRequestsIdentifiersAndNoSecret() {
        EdgeGridCredential wrongSecret = SANDBOX.sandbox().credential().toBuilder()
                .clientSecret("c2VjcmV0IHRoYXQgbXVzdCBub3QgbGVhaw==")
                .build();
        SignedClient.Answer answer = send(TestSigner.authorization(wrongSecret, US_USER_PATH), US_USER_PATH);
        JsonObject problem = answer.object();
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertEquals(
                "https://problems.luna.akamaiapis.net/-/pep-authn/deny",
                problem.get("type").getAsString());
        assertEquals("Not authorized", problem.get("title").getAsString());
        assertEquals(401, problem.get("httpStatus").getAsInt());
        assertEquals("127.0.0.1", problem.get("clientIp").getAsString());
        assertEquals("127.0.0.1", problem.get("serverIp").getAsString());
        assertFalse(problem.get("requestId").getAsString().isEmpty());
        Instant.parse(problem.get("requestTime").getAsString());
        for (String secret : List.of(SANDBOX.sandbox().credential().clientSecret(), wrongSecret.clientSecret())) {
            assertFalse(answer.body().contains(secret));
        }
    }

    @Test
    void thePathIsVerifiedExactlyAsSentWithPercentEscapesKept() {
        String encoded = "/" + USERS + "A-B%2F1CDEFG";
        assertEquals(
                404,
                send(TestSigner.authorization(SANDBOX.sandbox().credential(), encoded), encoded)
                        .status(),
                "signed over the raw path: accepted, and the user is not found");
        String decoded = "/" + USERS + "A-B/1CDEFG";
        assertDetail(
                TestSigner.authorization(SANDBOX.sandbox().credential(), decoded),
                encoded,
                "The signature does not match");
    }

    @Test
    void theQueryIsVerifiedExactlyAsSent() {
        String encoded = US_USER_PATH + "?accountSwitchKey=1-5C0YLB%3A1-8BYUX";
        String signedDecoded = TestSigner.authorization(
                SANDBOX.sandbox().credential(), US_USER_PATH + "?accountSwitchKey=1-5C0YLB:1-8BYUX");
        assertDetail(signedDecoded, encoded, "The signature does not match");
    }

    @Test
    void aPostBodyIsHashedUpToMaxBodyAndAChangedBodyFails() {
        EdgeGridCredential small =
                SANDBOX.sandbox().credential().toBuilder().maxBody(16).build();
        try (IamSandbox smallBody = IamSandbox.builder().credential(small).start()) {
            EdgeGridCredential signing = smallBody.credential();
            byte[] body = "{\"a\":\"0123456789abcdefghijklmnopqrstuvwxyz\"}".getBytes(StandardCharsets.UTF_8);
            Supplier<String> header =
                    () -> TestSigner.authorization(signing, Instant.now(), "POST", US_USER_PATH, body, Map.of());
            assertEquals(405, post(smallBody, header.get(), body).status(), "a valid signature reaches routing");
            byte[] tailChanged = "{\"a\":\"0123456789abcdefghijklmnopqrstuvwxyZ\"}".getBytes(StandardCharsets.UTF_8);
            assertEquals(
                    405, post(smallBody, header.get(), tailChanged).status(), "bytes after max_body are not signed");
            byte[] headChanged = "{\"b\":\"0123456789abcdefghijklmnopqrstuvwxyz\"}".getBytes(StandardCharsets.UTF_8);
            SignedClient.Answer changed = post(smallBody, header.get(), headChanged);
            assertEquals(401, changed.status());
            assertTrue(changed.object().get("detail").getAsString().startsWith("The signature does not match"));
        }
    }

    @Test
    void headersToSignAreVerified() {
        EdgeGridCredential withHeaders = SANDBOX.sandbox().credential().toBuilder()
                .headersToSign(List.of("X-Purpose"))
                .build();
        try (IamSandbox signedHeaders =
                IamSandbox.builder().credential(withHeaders).start()) {
            EdgeGridCredential signing = signedHeaders.credential();
            Supplier<String> header = () -> TestSigner.authorization(
                    signing,
                    Instant.now(),
                    "GET",
                    US_USER_PATH,
                    new byte[0],
                    Map.of("X-Purpose", "  profile   audit "));
            assertEquals(200, get(signedHeaders, header.get(), "profile audit").status());
            SignedClient.Answer changed = get(signedHeaders, header.get(), "profile review");
            assertEquals(401, changed.status());
            assertTrue(changed.object().get("detail").getAsString().startsWith("The signature does not match"));
        }
    }

    private static SignedClient.Answer get(IamSandbox target, String authorization, String purpose) {
        return SANDBOX.unsigned()
                .send(new Request.Builder()
                        .url(target.baseUrl() + US_USER_PATH.substring(1))
                        .header("Authorization", authorization)
                        .header("X-Purpose", purpose));
    }

    private static SignedClient.Answer post(IamSandbox target, String authorization, byte[] body) {
        return SANDBOX.unsigned()
                .send(new Request.Builder()
                        .url(target.baseUrl() + US_USER_PATH.substring(1))
                        .header("Authorization", authorization)
                        .post(RequestBody.create(body, MediaType.get("application/json"))));
    }

    private static void assertDetail(String authorization, String detailStart) {
        assertDetail(authorization, US_USER_PATH, detailStart);
    }

    private static void assertDetail(String authorization, String target, String detailStart) {
        SignedClient.Answer answer = send(authorization, target);
        assertEquals(401, answer.status(), answer.body());
        String detail = answer.object().get("detail").getAsString();
        assertTrue(detail.startsWith(detailStart), detail);
    }

    private static JsonObject expect401(String authorization) {
        SignedClient.Answer answer = send(authorization, US_USER_PATH);
        assertEquals(401, answer.status(), answer.body());
        return answer.object();
    }

    private static SignedClient.Answer send(String authorization, String target) {
        Request.Builder request = new Request.Builder().url(SANDBOX.sandbox().baseUrl() + target.substring(1));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return SANDBOX.unsigned().send(request);
    }
}
