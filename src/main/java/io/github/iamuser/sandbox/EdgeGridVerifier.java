package io.github.iamuser.sandbox;

import io.github.iamuser.auth.EdgeGridCredential;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks EG1-HMAC-SHA256 signatures, written from the algorithm (not from a signing library): the
 * data to sign is rebuilt from the request target exactly as received and the sandbox's own host, and
 * a nonce is accepted once while its timestamp is valid.
 */
final class EdgeGridVerifier {
    /** How far a request's timestamp may be from the sandbox's clock. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String SCHEME = "EG1-HMAC-SHA256 ";
    private static final String SIGNATURE_PART = ";signature=";
    private static final String EXPECTED_FORM = "expected 'EG1-HMAC-SHA256 client_token=...;"
            + "access_token=...;timestamp=yyyyMMddTHH:mm:ss+0000;nonce=...;signature=...'";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ssZ", Locale.ROOT);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    });

    private final EdgeGridCredential credential;
    private final byte[] clientSecret;
    private final SeenNonces nonces = new SeenNonces();

    /** Accepts only requests signed with this credential for its host. */
    EdgeGridVerifier(EdgeGridCredential credential) {
        this.credential = credential;
        this.clientSecret = credential.clientSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** Empty when the request is correctly signed, else what is wrong with it (never a secret). */
    Optional<String> check(SandboxRequest request, Instant now) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return Optional.of("The request has no Authorization header: sign every request with"
                    + " EdgeGrid (EG1-HMAC-SHA256) using the API client's credentials.");
        }
        if (!authorization.startsWith(SCHEME)) {
            return malformed("it does not start with 'EG1-HMAC-SHA256 '");
        }
        int signatureAt = authorization.lastIndexOf(SIGNATURE_PART);
        if (signatureAt < 0) {
            return malformed("it has no signature");
        }
        Map<String, String> parts = parts(authorization.substring(SCHEME.length(), signatureAt));
        for (String name : new String[] {"client_token", "access_token", "timestamp", "nonce"}) {
            if (parts.getOrDefault(name, "").isEmpty()) {
                return malformed("it has no " + name);
            }
        }
        if (!constantTimeEquals(parts.get("client_token"), credential.clientToken())) {
            return Optional.of("Invalid authorization client token: the client_token is not the"
                    + " sandbox's; sign with the credential from IamSandbox.credential() or its .edgerc section.");
        }
        if (!constantTimeEquals(parts.get("access_token"), credential.accessToken())) {
            return Optional.of("Invalid authorization access token: the access_token is not the"
                    + " sandbox's; sign with the credential from IamSandbox.credential() or its .edgerc section.");
        }
        String timestamp = parts.get("timestamp");
        Instant signedAt;
        try {
            signedAt = OffsetDateTime.parse(timestamp, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            return malformed("its timestamp '" + timestamp + "' is not in the form yyyyMMddTHH:mm:ss+0000");
        }
        long skewSeconds = Duration.between(now, signedAt).abs().toSeconds();
        if (skewSeconds > MAX_CLOCK_SKEW.toSeconds()) {
            return Optional.of("Invalid timestamp: the request was signed at " + timestamp + ", "
                    + skewSeconds + " seconds from the server's clock (at most " + MAX_CLOCK_SKEW.toSeconds()
                    + " allowed): set the computer's clock right, and sign every attempt anew.");
        }
        String authPrefix = authorization.substring(0, signatureAt + 1);
        String expected = sign(timestamp, dataToSign(request, authPrefix));
        String actual =
                authorization.substring(signatureAt + SIGNATURE_PART.length()).trim();
        if (!constantTimeEquals(actual, expected)) {
            return Optional.of("The signature does not match: check the client_secret, and sign the"
                    + " method, the host " + credential.host() + ", and the path and query exactly as sent"
                    + " (a body is hashed for POST only).");
        }
        // valid until the skew check refuses the timestamp: it allows up to a second more, as it truncates
        Instant expires = signedAt.plus(MAX_CLOCK_SKEW).plusSeconds(1);
        if (!nonces.firstUse(parts.get("nonce"), expires, now)) {
            return Optional.of("Invalid nonce: this nonce was already used, within the "
                    + MAX_CLOCK_SKEW.toMinutes() + " minutes a signature stays valid: sign every request,"
                    + " retries included, anew with a fresh nonce (a new UUID).");
        }
        return Optional.empty();
    }

    private String dataToSign(SandboxRequest request, String authPrefix) {
        return String.join(
                "\t",
                request.method().toUpperCase(Locale.ROOT),
                "https",
                credential.host().toLowerCase(Locale.ROOT),
                request.rawTarget(),
                canonicalHeaders(request),
                contentHash(request),
                authPrefix);
    }

    private String canonicalHeaders(SandboxRequest request) {
        StringJoiner joined = new StringJoiner("\t");
        for (String name : credential.headersToSign()) {
            String value = request.header(name);
            if (value != null) {
                joined.add(name.toLowerCase(Locale.ROOT) + ":"
                        + WHITESPACE.matcher(value.trim()).replaceAll(" "));
            }
        }
        return joined.toString();
    }

    private String contentHash(SandboxRequest request) {
        if (!request.method().equals("POST") || request.body().length == 0) {
            return "";
        }
        byte[] hashed = Arrays.copyOf(request.body(), Math.min(request.body().length, credential.maxBody()));
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(hashed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    private String sign(String timestamp, String data) {
        byte[] signingKey = base64(hmac(clientSecret, timestamp)).getBytes(StandardCharsets.UTF_8);
        return base64(hmac(signingKey, data));
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use an HMAC-SHA256 key", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code name=value} pairs between the scheme and the signature. */
    private static Map<String, String> parts(String pairs) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String pair : pairs.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parts.putIfAbsent(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        return parts;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> malformed(String what) {
        return Optional.of("Invalid authorization header: " + what + "; " + EXPECTED_FORM + ".");
    }
}
