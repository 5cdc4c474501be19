package io.github.iamuser.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.testkit.SignedRequestRecorder;
import io.github.iamuser.testkit.TestCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On requests that Akamai's Java signer (edgegrid-signer-core) handles correctly (plain paths and
 * queries, at most one signed header), the interceptor produces exactly its header.
 */
class MatchesEdgeGridSignerCoreTest {
    private static final String HOST = "akab-parity-0123456789.luna.akamaiapis.net";
    private static final Instant NOW = Instant.parse("2025-06-30T12:34:56Z");
    private static final String NONCE = "5b8c1a4e-7d2f-4c3b-9e6a-0f1d2c3b4a59";
    private static final EdgeGridCredential CREDENTIAL = TestCredentials.forHost(HOST)
            .maxBody(128)
            .headersToSign(List.of("X-Signed"))
            .build();

    static Stream<Arguments> requests() {
        String longBody = "{\"note\":\"" + "z".repeat(300) + "\"}";
        return Stream.of(
                Arguments.of(
                        "GET",
                        "/identity-management/v2/user-admin/ui-identities/A-B-1234?actions=true"
                                + "&accountSwitchKey=1-5C0YLB",
                        null,
                        Map.of()),
                Arguments.of(
                        "GET",
                        "/identity-management/v2/user-admin/common/timezones",
                        null,
                        Map.of("X-Signed", "  several   spaced\twords ")),
                Arguments.of("POST", "/identity-management/v2/user-admin/ui-identities", "{\"a\":1}", Map.of()),
                Arguments.of("POST", "/identity-management/v2/user-admin/ui-identities", longBody, Map.of()),
                Arguments.of(
                        "PUT",
                        "/identity-management/v2/user-admin/ui-identities/A-B-1234/basic-info",
                        "{\"firstName\":\"Ada\"}",
                        Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requests")
    void producesTheSameAuthorizationAsEdgeGridV1Signer(
            String method, String target, String body, Map<String, String> headers) throws Exception {
        Request.Builder request = new Request.Builder()
                .url("https://" + HOST + target)
                .method(method, body == null ? null : RequestBody.create(body, null));
        headers.forEach(request::header);
        com.akamai.edgegrid.signer.Request.RequestBuilder reference = com.akamai.edgegrid.signer.Request.builder()
                .method(method)
                .uri(target)
                .body(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        headers.forEach(reference::header);

        String ours = SignedRequestRecorder.authorization(
                TestSigning.signing(CREDENTIAL, Clock.fixed(NOW, ZoneOffset.UTC), () -> NONCE), request.build());

        assertEquals(fixedSigner().getSignature(reference.build(), referenceCredential()), ours);
    }

    private static EdgeGridV1Signer fixedSigner() {
        return new EdgeGridV1Signer() {
            @Override
            protected long getTimestamp() {
                return NOW.toEpochMilli();
            }

            @Override
            protected String getNonce() {
                return NONCE;
            }
        };
    }

    private static ClientCredential referenceCredential() {
        return ClientCredential.builder()
                .host(HOST)
                .clientToken(CREDENTIAL.clientToken())
                .clientSecret(CREDENTIAL.clientSecret())
                .accessToken(CREDENTIAL.accessToken())
                .maxBodySize(CREDENTIAL.maxBody())
                .headersToSign(Set.of("X-Signed"))
                .build();
    }
}
