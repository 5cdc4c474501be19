package io.github.iamuser.auth;

import static io.github.iamuser.testkit.TestCredentials.assertNoSecrets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.testkit.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared credential type keeps secrets out of its text and rejects bad values when built. */
class EdgeGridCredentialTest {
    @Test
    void toStringShowsNoSecretOrToken() {
        EdgeGridCredential credential = TestCredentials.forHost("akab-abc.luna.akamaiapis.net")
                .accountSwitchKey("1-5C0YLB")
                .build();

        String text = credential.toString();

        assertNoSecrets(text);
        assertTrue(text.contains("akab-abc.luna.akamaiapis.net"), text);
        assertTrue(text.contains("1-5C0YLB"), text);
    }

    @Test
    void neitherReadersNorTheirResultsShowSecrets() {
        EdgeGridCredential credential = CredentialResolver.fromEnvironment(
                        java.util.Map.of(
                                "AKAMAI_HOST", "akab-abc.luna.akamaiapis.net",
                                "AKAMAI_CLIENT_TOKEN", TestCredentials.CLIENT_TOKEN,
                                "AKAMAI_CLIENT_SECRET", TestCredentials.CLIENT_SECRET,
                                "AKAMAI_ACCESS_TOKEN", TestCredentials.ACCESS_TOKEN),
                        "default")
                .orElseThrow();

        assertNoSecrets(credential.toString());
        assertNoSecrets(credential.withAccountSwitchKey("1-5C0YLB:1-8BYUX").toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://akab-abc.luna.akamaiapis.net",
                "akab-abc.luna.akamaiapis.net/",
                "akab-abc.luna.akamaiapis.net/path",
                ""
            })
    void rejectsAHostThatIsNotABareHostName(String host) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TestCredentials.forHost(host).build());

        assertTrue(e.getMessage().startsWith("host "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-ABC;x", "1-ABC DEF", "1-A:2-B:3-C", "1-ABC&x=y"})
    void rejectsAnAccountSwitchKeyWithIllegalCharacters(String key) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TestCredentials.forHost("akab-abc.luna.akamaiapis.net")
                        .accountSwitchKey(key)
                        .build());

        assertTrue(e.getMessage().contains("letters, digits, '-' or '_'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8080", "localhost:1", "[::1]:65535"})
    void usesPlainHttpOnlyForALoopbackHostWithAPort(String host) {
        EdgeGridCredential credential = TestCredentials.forHost(host).build();

        assertTrue(credential.isLoopback());
        assertEquals("http://" + host + "/", credential.baseUrl());
        assertEquals(
                "https://localhost/",
                TestCredentials.forHost("localhost").build().baseUrl());
    }
}
