package io.github.iamuser.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.testkit.SignedRequestRecorder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interceptor reproduces the known-answer signatures Akamai publishes with its EdgeGrid client
 * libraries (testdata.json: fixed credential, timestamp and nonce), an oracle independent of this
 * project, run through {@link SignedRequestRecorder} because they are for an https host.
 */
class AkamaiTestVectorsTest {
    private static final String HOST = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net";
    private static final String PREFIX = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;"
            + "access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;"
            + "nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature=";

    private static final EdgeGridCredential CREDENTIAL = EdgeGridCredential.builder()
            .host(HOST)
            .clientToken("akab-client-token-xxx-xxxxxxxxxxxxxxxx")
            .clientSecret("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=")
            .accessToken("akab-access-token-xxx-xxxxxxxxxxxxxxxx")
            .maxBody(2048)
            .headersToSign(List.of("X-Test1", "X-Test2", "X-Test3"))
            .build();

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("simple GET", "GET", "/", null, List.of(), "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
                Arguments.of(
                        "GET with querystring",
                        "GET",
                        "/testapi/v1/t1?p1=1&p2=2",
                        null,
                        List.of(),
                        "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
                Arguments.of(
                        "POST inside limit",
                        "POST",
                        "/testapi/v1/t3",
                        "datadatadatadatadatadatadatadata",
                        List.of(),
                        "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="),
                Arguments.of(
                        "POST too large",
                        "POST",
                        "/testapi/v1/t3",
                        "d".repeat(5000),
                        List.of(),
                        "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
                Arguments.of(
                        "POST length equals max_body",
                        "POST",
                        "/testapi/v1/t3",
                        "d".repeat(2048),
                        List.of(),
                        "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
                Arguments.of(
                        "POST empty body",
                        "POST",
                        "/testapi/v1/t6",
                        "",
                        List.of(),
                        "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="),
                Arguments.of(
                        "Simple header signing with GET",
                        "GET",
                        "/testapi/v1/t4",
                        null,
                        List.of("X-Test1", "test-simple-header"),
                        "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="),
                Arguments.of(
                        "Header containing spaces",
                        "GET",
                        "/testapi/v1/t4",
                        null,
                        List.of("X-Test1", "\"     test-header-with-spaces     \""),
                        "ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI="),
                Arguments.of(
                        "Header with leading and interior spaces",
                        "GET",
                        "/testapi/v1/t4",
                        null,
                        List.of("X-Test1", "     first-thing      second-thing"),
                        "WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c="),
                Arguments.of(
                        "Headers out of order",
                        "GET",
                        "/testapi/v1/t4",
                        null,
                        List.of("X-Test2", "t2", "X-Test1", "t1", "X-Test3", "t3"),
                        "Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY="),
                Arguments.of(
                        "Extra header",
                        "GET",
                        "/testapi/v1/t5",
                        null,
                        List.of("X-Test2", "t2", "X-Test1", "t1", "X-Test3", "t3", "X-Extra", "this won't be included"),
                        "Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc="),
                Arguments.of(
                        "PUT test",
                        "PUT",
                        "/testapi/v1/t6",
                        "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
                        List.of(),
                        "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesAkamaisSignature(
            String name, String method, String target, String body, List<String> headers, String signature)
            throws Exception {
        Request.Builder request = new Request.Builder()
                .url("https://" + HOST + target)
                .method(method, body == null ? null : RequestBody.create(body, null));
        for (int i = 0; i < headers.size(); i += 2) {
            request.addHeader(headers.get(i), headers.get(i + 1));
        }

        assertEquals(PREFIX + signature, signedAuthorization(request.build()));
    }

    private static String signedAuthorization(Request request) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2014-03-21T19:34:21Z"), ZoneOffset.UTC);
        return SignedRequestRecorder.authorization(
                TestSigning.signing(CREDENTIAL, clock, () -> "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"), request);
    }
}
