package io.github.iamuser.auth;

import static io.github.iamuser.testkit.TestCredentials.ACCESS_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_SECRET;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iamuser.testkit.TestCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading credentials from AKAMAI_* variables (a map standing in for the environment). */
class EnvironmentCredentialsTest {
    private static Map<String, String> variables(String prefix) {
        Map<String, String> environment = new HashMap<>();
        environment.put(prefix + "HOST", "akab-env.luna.akamaiapis.net");
        environment.put(prefix + "CLIENT_TOKEN", CLIENT_TOKEN);
        environment.put(prefix + "CLIENT_SECRET", CLIENT_SECRET);
        environment.put(prefix + "ACCESS_TOKEN", ACCESS_TOKEN);
        return environment;
    }

    @Test
    void readsTheDefaultSectionFromAkamaiVariables() {
        Map<String, String> environment = variables("AKAMAI_");
        environment.put("AKAMAI_MAX_BODY", "4096");
        environment.put("AKAMAI_ACCOUNT_KEY", "1-5C0YLB");

        assertEquals(
                Optional.of(TestCredentials.forHost("akab-env.luna.akamaiapis.net")
                        .maxBody(4096)
                        .accountSwitchKey("1-5C0YLB")
                        .build()),
                CredentialResolver.fromEnvironment(environment, "default"));
    }

    @Test
    void readsAnotherSectionFromItsOwnPrefixOnly() {
        Map<String, String> environment = variables("AKAMAI_CCU_");
        environment.put("AKAMAI_HOST", "akab-default.luna.akamaiapis.net");

        EdgeGridCredential credential =
                CredentialResolver.fromEnvironment(environment, "ccu").orElseThrow();

        assertEquals("akab-env.luna.akamaiapis.net", credential.host());
        assertEquals(EdgeGridCredential.DEFAULT_MAX_BODY, credential.maxBody());
    }

    @ParameterizedTest
    @CsvSource({
        "default, host, AKAMAI_HOST",
        "ccu, client_secret, AKAMAI_CCU_CLIENT_SECRET",
        "my-section.2, max_body, AKAMAI_MY_SECTION_2_MAX_BODY",
        "Papi, account_key, AKAMAI_PAPI_ACCOUNT_KEY"
    })
    void namesTheVariableOfEachSectionAndKey(String section, String key, String variable) {
        assertEquals(variable, CredentialResolver.variable(section, key));
    }

    @Test
    void findsNothingWhenNoHostOrTokenVariableIsSet() {
        Map<String, String> environment = new HashMap<>();
        environment.put("AKAMAI_ACCOUNT_KEY", "1-5C0YLB");
        environment.put("AKAMAI_MAX_BODY", "4096");
        environment.put("AKAMAI_HOST", "  ");
        environment.put("AKAMAI_CLIENT_TOKEN", "");

        assertEquals(Optional.empty(), CredentialResolver.fromEnvironment(environment, "default"));
        assertEquals(Optional.empty(), CredentialResolver.fromEnvironment(variables("AKAMAI_"), "ccu"));
    }

    @Test
    void namesTheMissingVariablesOfAPartialSet() {
        Map<String, String> environment = variables("AKAMAI_");
        environment.remove("AKAMAI_CLIENT_SECRET");
        environment.put("AKAMAI_ACCESS_TOKEN", "");

        CredentialException e = assertThrows(
                CredentialException.class, () -> CredentialResolver.fromEnvironment(environment, "default"));

        assertMessage(
                e,
                "The environment variables for section [default]: AKAMAI_CLIENT_SECRET,"
                        + " AKAMAI_ACCESS_TOKEN are missing or empty");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "AKAMAI_MAX_BODY | big | AKAMAI_MAX_BODY must be a positive whole number of bytes",
                "AKAMAI_ACCOUNT_KEY | 1-ABC DEF | AKAMAI_ACCOUNT_KEY: accountSwitchKey '1-ABC DEF' is not valid",
                "AKAMAI_HOST | https://akab-env.luna.akamaiapis.net | AKAMAI_HOST: host must be a bare host name",
                "AKAMAI_HOST | akab-env.luna.akamaiapis.net/ | AKAMAI_HOST: host must not end with '/'"
            })
    void namesTheVariableOfABadValue(String variable, String value, String expected) {
        Map<String, String> environment = variables("AKAMAI_");
        environment.put(variable, value);

        CredentialException e = assertThrows(
                CredentialException.class, () -> CredentialResolver.fromEnvironment(environment, "default"));

        assertMessage(e, "The environment variables for section [default], " + expected);
    }
}
