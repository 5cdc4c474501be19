package io.github.iamuser.sandbox;

import io.github.iamuser.auth.EdgeGridCredential;
import java.security.SecureRandom;
import java.util.Base64;

/** A fresh random credential for a sandbox, shaped like Akamai's (tokens {@code akab-...}, a base64 secret). */
final class RandomCredential {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCredential() {}

    /** A credential for {@code host} with random tokens and secret. */
    static EdgeGridCredential.Builder forHost(String host) {
        return EdgeGridCredential.builder()
                .host(host)
                .clientToken("akab-" + randomToken())
                .accessToken("akab-" + randomToken())
                .clientSecret(Base64.getEncoder().encodeToString(randomBytes(32)));
    }

    /** A token shaped like Akamai's: two groups of 16 lower-case letters and digits. */
    private static String randomToken() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 33; i++) {
            token.append(i == 16 ? '-' : alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
