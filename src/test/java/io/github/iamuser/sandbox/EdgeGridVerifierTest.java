package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox's verifier accepts the signatures of Akamai's published EdgeGrid test vectors
 * (akamai/AkamaiOPEN-edgegrid-python, testdata.json) and rejects them once anything signed changes.
 */
class EdgeGridVerifierTest {
    private static final String HOST = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net";
    private static final String PREFIX = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;"
            + "access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;"
            + "nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature=";
    private static final Instant SIGNED_AT = Instant.parse("2014-03-21T19:34:21Z");
    private static final EdgeGridCredential CREDENTIAL = EdgeGridCredential.builder()
            .host(HOST)
            .clientToken("akab-client-token-xxx-xxxxxxxxxxxxxxxx")
            .accessToken("akab-access-token-xxx-xxxxxxxxxxxxxxxx")
            .clientSecret("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=")
            .maxBody(2048)
            .headersToSign(List.of("X-Test1", "X-Test2", "X-Test3"))
            .build();

    private final EdgeGridVerifier verifier = new EdgeGridVerifier(CREDENTIAL);

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("simple GET", "GET", "/", "", Map.of(), "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
                Arguments.of(
                        "GET with querystring",
                        "GET",
                        "/testapi/v1/t1?p1=1&p2=2",
                        "",
                        Map.of(),
                        "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
                Arguments.of(
                        "POST inside limit",
                        "POST",
                        "/testapi/v1/t3",
                        "datadatadatadatadatadatadatadata",
                        Map.of(),
                        "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="),
                Arguments.of(
                        "POST too large (hashes max_body bytes)",
                        "POST",
                        "/testapi/v1/t3",
                        "d".repeat(3000),
                        Map.of(),
                        "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
                Arguments.of(
                        "POST length equals max_body",
                        "POST",
                        "/testapi/v1/t3",
                        "d".repeat(2048),
                        Map.of(),
                        "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
                Arguments.of(
                        "POST empty body",
                        "POST",
                        "/testapi/v1/t6",
                        "",
                        Map.of(),
                        "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="),
                Arguments.of(
                        "simple header signing",
                        "GET",
                        "/testapi/v1/t4",
                        "",
                        Map.of("X-Test1", "test-simple-header"),
                        "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="),
                Arguments.of(
                        "header containing spaces",
                        "GET",
                        "/testapi/v1/t4",
                        "",
                        Map.of("X-Test1", "\"     test-header-with-spaces     \""),
                        "ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI="),
                Arguments.of(
                        "header with leading and interior spaces",
                        "GET",
                        "/testapi/v1/t4",
                        "",
                        Map.of("X-Test1", "     first-thing      second-thing"),
                        "WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c="),
                Arguments.of(
                        "headers out of order",
                        "GET",
                        "/testapi/v1/t4",
                        "",
                        Map.of("X-Test2", "t2", "X-Test1", "t1", "X-Test3", "t3"),
                        "Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY="),
                Arguments.of(
                        "extra header not signed",
                        "GET",
                        "/testapi/v1/t5",
                        "",
                        Map.of("X-Test2", "t2", "X-Test1", "t1", "X-Test3", "t3", "X-Extra", "this won't be included"),
                        "Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc="),
                Arguments.of(
                        "PUT body is not hashed",
                        "PUT",
                        "/testapi/v1/t6",
                        "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
                        Map.of(),
                        "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void acceptsAkamaisTestVector(
            String name, String method, String target, String body, Map<String, String> headers, String signature) {
        assertEquals(Optional.empty(), verifier.check(request(method, target, body, headers, signature), SIGNED_AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsTheVectorWhenThePathChanges(
            String name, String method, String target, String body, Map<String, String> headers, String signature) {
        Optional<String> failure =
                verifier.check(request(method, target.replaceFirst("/", "/x"), body, headers, signature), SIGNED_AT);
        assertTrue(failure.orElseThrow().startsWith("The signature does not match"), failure.get());
    }

    @Test
    void rejectsAChangedPostBodyButNotAChangedPutBody() {
        String changedPost = "datadatadatadatadatadatadatadatX";
        assertTrue(verifier.check(
                        request(
                                "POST",
                                "/testapi/v1/t3",
                                changedPost,
                                Map.of(),
                                "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="),
                        SIGNED_AT)
                .isPresent());
        assertEquals(
                Optional.empty(),
                verifier.check(
                        request(
                                "PUT",
                                "/testapi/v1/t6",
                                "anything else",
                                Map.of(),
                                "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="),
                        SIGNED_AT));
    }

    @Test
    void rejectsAChangedSignedHeader() {
        Optional<String> failure = verifier.check(
                request(
                        "GET",
                        "/testapi/v1/t4",
                        "",
                        Map.of("X-Test1", "test-simple-headeR"),
                        "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="),
                SIGNED_AT);
        assertTrue(failure.isPresent());
    }

    @Test
    void acceptsAClockUpToFiveMinutesOffAndNoMore() {
        SandboxRequest simple = request("GET", "/", "", Map.of(), "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=");
        assertEquals(Optional.empty(), verifier.check(simple, SIGNED_AT.plusSeconds(300)));
        assertEquals(Optional.empty(), new EdgeGridVerifier(CREDENTIAL).check(simple, SIGNED_AT.minusSeconds(300)));
        String late = verifier.check(simple, SIGNED_AT.plusSeconds(301)).orElseThrow();
        assertTrue(late.startsWith("Invalid timestamp") && late.contains("301 seconds"), late);
        assertTrue(verifier.check(simple, SIGNED_AT.minusSeconds(301))
                .orElseThrow()
                .startsWith("Invalid timestamp"));
    }

    @Test
    void acceptsANonceOnceWhileItsSignatureIsValid() {
        SandboxRequest simple = request("GET", "/", "", Map.of(), "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=");
        assertEquals(Optional.empty(), verifier.check(simple, SIGNED_AT));
        String replay = verifier.check(simple, SIGNED_AT.plusSeconds(300)).orElseThrow();
        assertTrue(replay.startsWith("Invalid nonce: this nonce was already used"), replay);
        assertTrue(
                verifier.check(simple, SIGNED_AT.plusSeconds(301)).orElseThrow().startsWith("Invalid timestamp"));
    }

    private static SandboxRequest request(
            String method, String target, String body, Map<String, String> headers, String signature) {
        Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        all.put("Authorization", List.of(PREFIX + signature));
        int query = target.indexOf('?');
        return new SandboxRequest(
                method,
                query < 0 ? target : target.substring(0, query),
                query < 0 ? null : target.substring(query + 1),
                all,
                body.getBytes(StandardCharsets.UTF_8),
                Map.of(),
                "127.0.0.1",
                "127.0.0.1");
    }
}
