package io.github.iamuser.auth;

import static io.github.iamuser.testkit.TestCredentials.ACCESS_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_SECRET;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the file, the section and the source, with a temporary home and a map for the environment. */
class CredentialResolverTest {
    @TempDir
    Path home;

    private final Map<String, String> environment = new HashMap<>();

    @Test
    void readsTheDefaultSectionOfEdgercInTheHomeDirectory() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-file.luna.akamaiapis.net");

        assertEquals("akab-file.luna.akamaiapis.net", resolver().resolve().host());
    }

    @Test
    void prefersTheEdgercSectionToTheEnvironment() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-file.luna.akamaiapis.net");
        environmentCredential("AKAMAI_", "akab-env.luna.akamaiapis.net");

        assertEquals("akab-file.luna.akamaiapis.net", resolver().resolve().host());
    }

    @Test
    void fallsBackToTheEnvironmentWhenThereIsNoEdgerc() {
        environmentCredential("AKAMAI_", "akab-env.luna.akamaiapis.net");

        assertEquals("akab-env.luna.akamaiapis.net", resolver().resolve().host());
    }

    @Test
    void fallsBackToTheEnvironmentWhenTheEdgercLacksTheSection() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-file.luna.akamaiapis.net");
        environmentCredential("AKAMAI_CCU_", "akab-env-ccu.luna.akamaiapis.net");

        assertEquals(
                "akab-env-ccu.luna.akamaiapis.net",
                resolver().withSection("ccu").resolve().host());
    }

    @Test
    void takesFileAndSectionFromAkamaiEdgercVariables() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-home.luna.akamaiapis.net");
        Path other = home.resolve("creds/team.edgerc");
        edgerc(other, "papi", "akab-team-papi.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC", other.toString());
        environment.put("AKAMAI_EDGERC_SECTION", "papi");

        assertEquals("akab-team-papi.luna.akamaiapis.net", resolver().resolve().host());
    }

    @Test
    void expandsALeadingTildeToTheHomeDirectory() throws IOException {
        edgerc(home.resolve("creds/team.edgerc"), "default", "akab-team.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC", "~/creds/team.edgerc");

        assertEquals("akab-team.luna.akamaiapis.net", resolver().resolve().host());
        assertEquals(
                "akab-team.luna.akamaiapis.net",
                resolver().withFile(Path.of("~/creds/team.edgerc")).resolve().host());
    }

    @Test
    void prefersExplicitFileAndSectionToTheVariables() throws IOException {
        Path explicit = home.resolve("explicit.edgerc");
        edgerc(explicit, "mine", "akab-explicit.luna.akamaiapis.net");
        edgerc(home.resolve("env.edgerc"), "theirs", "akab-env-file.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC", home.resolve("env.edgerc").toString());
        environment.put("AKAMAI_EDGERC_SECTION", "theirs");

        EdgeGridCredential credential =
                resolver().withFile(explicit).withSection("mine").resolve();

        assertEquals("akab-explicit.luna.akamaiapis.net", credential.host());
    }

    @Test
    void treatsNullAndBlankChoicesAsNotGiven() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-file.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC", " ");
        environment.put("AKAMAI_EDGERC_SECTION", "");

        assertEquals(
                "akab-file.luna.akamaiapis.net",
                resolver().withFile(null).withSection("  ").resolve().host());
    }

    @Test
    void reportsAFileNamedByAkamaiEdgercThatDoesNotExist() {
        environmentCredential("AKAMAI_", "akab-env.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC", home.resolve("missing.edgerc").toString());

        CredentialException e =
                assertThrows(CredentialException.class, () -> resolver().resolve());

        assertMessage(e, home.resolve("missing.edgerc") + " (from AKAMAI_EDGERC) does not exist");
    }

    @Test
    void reportsAnExplicitFileThatDoesNotExist() {
        CredentialException e = assertThrows(
                CredentialException.class,
                () -> resolver().withFile(home.resolve("typo.edgerc")).resolve());

        assertMessage(e, home.resolve("typo.edgerc") + " (given explicitly) does not exist");
    }

    @Test
    void reportsAMalformedEdgercRatherThanFallingBackToTheEnvironment() throws IOException {
        Files.writeString(home.resolve(".edgerc"), "[default]\nclient_secret " + CLIENT_SECRET + "\n");
        environmentCredential("AKAMAI_", "akab-env.luna.akamaiapis.net");

        CredentialException e =
                assertThrows(CredentialException.class, () -> resolver().resolve());

        assertMessage(e, home.resolve(".edgerc") + ", line 2: expected 'key = value'");
    }

    @Test
    void reportsAnIncompleteSectionRatherThanFallingBackToTheEnvironment() throws IOException {
        Files.writeString(home.resolve(".edgerc"), "[default]\nhost = akab-file.luna.akamaiapis.net\n");
        environmentCredential("AKAMAI_", "akab-env.luna.akamaiapis.net");

        CredentialException e =
                assertThrows(CredentialException.class, () -> resolver().resolve());

        assertMessage(e, "section [default]: client_token, client_secret, access_token are missing");
    }

    @Test
    void explainsEverythingItTriedWhenNothingIsFound() {
        CredentialException e =
                assertThrows(CredentialException.class, () -> resolver().resolve());

        assertMessage(
                e,
                "No EdgeGrid credentials found for section [default] (the default)",
                "Looked in " + home.resolve(".edgerc") + " (the default): the file does not exist",
                "none of AKAMAI_HOST, AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET, AKAMAI_ACCESS_TOKEN is set",
                "Create " + home.resolve(".edgerc") + " with a [default] section",
                "AKAMAI_EDGERC and AKAMAI_EDGERC_SECTION choose another file and section");
    }

    @Test
    void listsTheFilesSectionsWhenTheChosenOneIsInNeitherSource() throws IOException {
        edgerc(home.resolve(".edgerc"), "default", "akab-file.luna.akamaiapis.net");
        environment.put("AKAMAI_EDGERC_SECTION", "ccu");

        CredentialException e =
                assertThrows(CredentialException.class, () -> resolver().resolve());

        assertMessage(
                e,
                "section [ccu] (from AKAMAI_EDGERC_SECTION)",
                "it has no section [ccu], only [default]",
                "none of AKAMAI_CCU_HOST, AKAMAI_CCU_CLIENT_TOKEN, AKAMAI_CCU_CLIENT_SECRET,"
                        + " AKAMAI_CCU_ACCESS_TOKEN is set");
    }

    private CredentialResolver resolver() {
        return CredentialResolver.of(environment, home);
    }

    private static void edgerc(Path file, String section, String host) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "[" + section + "]\nhost = " + host + "\nclient_token = " + CLIENT_TOKEN + "\nclient_secret = "
                        + CLIENT_SECRET + "\naccess_token = " + ACCESS_TOKEN + "\n");
    }

    private void environmentCredential(String prefix, String host) {
        environment.put(prefix + "HOST", host);
        environment.put(prefix + "CLIENT_TOKEN", CLIENT_TOKEN);
        environment.put(prefix + "CLIENT_SECRET", CLIENT_SECRET);
        environment.put(prefix + "ACCESS_TOKEN", ACCESS_TOKEN);
    }
}
