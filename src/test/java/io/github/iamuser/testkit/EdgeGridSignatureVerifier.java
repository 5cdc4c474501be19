package io.github.iamuser.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Checks an EdgeGrid {@code Authorization} header the way a server would: from what it received
 * (method and raw request target from the request line, headers, body) and the credential it knows.
 * Written from the EG1-HMAC-SHA256 algorithm alone; it shares no code with the production signer.
 */
public final class EdgeGridSignatureVerifier {
    private static final String SCHEME = "EG1-HMAC-SHA256 ";

    private final EdgeGridCredential credential;

    /** A verifier for signatures made with {@code credential}. */
    public EdgeGridSignatureVerifier(EdgeGridCredential credential) {
        this.credential = credential;
    }

    /** The fields of an {@code Authorization} header, and its part up to and including {@code nonce=...;}. */
    public record Authorization(
            String clientToken,
            String accessToken,
            String timestamp,
            String nonce,
            String signature,
            String authData) {}

    /** Asserts that {@code request} carries a valid signature for what it carries; returns the parsed header. */
    public Authorization verify(RecordedRequest request) {
        String header = request.getHeader("Authorization");
        assertNotNull(header, "the request has no Authorization header");
        Authorization authorization = parse(header);
        assertEquals(credential.clientToken(), authorization.clientToken());
        assertEquals(credential.accessToken(), authorization.accessToken());
        assertTrue(
                authorization.timestamp().matches("\\d{8}T\\d{2}:\\d{2}:\\d{2}\\+0000"),
                "timestamp " + authorization.timestamp() + " is not yyyyMMdd'T'HH:mm:ss+0000");

        String[] requestLine = request.getRequestLine().split(" ");
        String method = requestLine[0];
        String target = requestLine[1];
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form, as sent to a proxy
            okhttp3.HttpUrl url = okhttp3.HttpUrl.get(target);
            target = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        }
        String dataToSign = String.join(
                "\t",
                method,
                "https",
                credential.host().toLowerCase(Locale.ROOT),
                target,
                canonicalHeaders(request),
                contentHash(method, request.getBody().snapshot().toByteArray()),
                authorization.authData());
        String signingKey = base64(hmac(credential.clientSecret(), authorization.timestamp()));
        assertEquals(
                base64(hmac(signingKey, dataToSign)),
                authorization.signature(),
                "the signature does not match the data to sign: " + dataToSign.replace("\t", "\\t"));
        return authorization;
    }

    private static Authorization parse(String header) {
        assertTrue(header.startsWith(SCHEME), "Authorization does not start with " + SCHEME);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String field : header.substring(SCHEME.length()).split(";")) {
            int equals = field.indexOf('=');
            names.add(field.substring(0, equals));
            values.add(field.substring(equals + 1));
        }
        assertEquals(List.of("client_token", "access_token", "timestamp", "nonce", "signature"), names);
        return new Authorization(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                header.substring(0, header.indexOf("signature=")));
    }

    private String canonicalHeaders(RecordedRequest request) {
        List<String> canonical = new ArrayList<>();
        for (String name : credential.headersToSign()) {
            String value = request.getHeader(name);
            if (value != null && !value.trim().isEmpty()) {
                canonical.add(name.toLowerCase(Locale.ROOT) + ":" + value.trim().replaceAll("\\s+", " "));
            }
        }
        return String.join("\t", canonical);
    }

    private String contentHash(String method, byte[] body) {
        if (!method.equals("POST") || body.length == 0) {
            return "";
        }
        try {
            byte[] hashed = Arrays.copyOf(body, Math.min(body.length, credential.maxBody()));
            return base64(MessageDigest.getInstance("SHA-256").digest(hashed));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
