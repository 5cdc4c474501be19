package io.github.iamuser.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.iamuser.auth.EdgeGridCredential;
import okhttp3.mockwebserver.MockWebServer;

/** Fake credential values for tests, and the check that a text shows none of the secret ones. */
public final class TestCredentials {
    public static final String CLIENT_TOKEN = "akab-clienttoken-TEST-4f2b9c1d7e8a";
    public static final String CLIENT_SECRET = "Zm9vYmFyLXNlY3JldC1URVNULTEyMzQ1Njc4OTA+/=";
    public static final String ACCESS_TOKEN = "akab-accesstoken-TEST-0a9b8c7d6e5f";

    private TestCredentials() {}

    /** A credential for {@code host} with the fake tokens and secret. */
    public static EdgeGridCredential.Builder forHost(String host) {
        return EdgeGridCredential.builder()
                .host(host)
                .clientToken(CLIENT_TOKEN)
                .clientSecret(CLIENT_SECRET)
                .accessToken(ACCESS_TOKEN);
    }

    /** A credential for a MockWebServer listening on 127.0.0.1. */
    public static EdgeGridCredential.Builder forServer(MockWebServer server) {
        return forHost("127.0.0.1:" + server.getPort());
    }

    /** Asserts that {@code text} shows neither the start nor the end of the secret or either token. */
    public static void assertNoSecrets(String text) {
        for (String secret : new String[] {CLIENT_SECRET, CLIENT_TOKEN, ACCESS_TOKEN}) {
            assertFalse(
                    text.contains(secret.substring(0, 12)) || text.contains(secret.substring(12)),
                    () -> "a secret value leaked into: " + text);
        }
    }

    /** Asserts that {@code e}'s message holds every fragment and no secret. */
    public static void assertMessage(Exception e, String... fragments) {
        for (String fragment : fragments) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        }
        assertNoSecrets(e.getMessage());
    }
}
