package io.github.iamuser.internal;

import static io.github.iamuser.testkit.TestCredentials.ACCESS_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_SECRET;
import static io.github.iamuser.testkit.TestCredentials.CLIENT_TOKEN;
import static io.github.iamuser.testkit.TestCredentials.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iamuser.auth.CredentialException;
import io.github.iamuser.auth.CredentialResolver;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.testkit.TestCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code .edgerc} files: every accepted form, and a clear rejection for every fault. */
class EdgercFileTest {
    private static final String VALID_SECTION = "[default]\n"
            + "client_secret = " + CLIENT_SECRET + "\n"
            + "host = akab-abc123.luna.akamaiapis.net\n"
            + "access_token = " + ACCESS_TOKEN + "\n"
            + "client_token = " + CLIENT_TOKEN + "\n";

    @TempDir
    Path dir;

    @Test
    void readsASectionWrittenInEveryAcceptedForm() throws IOException {
        Path file = write("\uFEFF# Akamai credentials\r\n"
                + "; another comment\r\n"
                + "\r\n"
                + "[other]\r\n"
                + "host = akab-other.luna.akamaiapis.net\r\n"
                + "  [ ccu ]  \r\n"
                + "  HOST=\"akab-ccu.luna.akamaiapis.net\"  \r\n"
                + "Client_Token:" + CLIENT_TOKEN + "\r\n"
                + "client_secret\t=\t'" + CLIENT_SECRET + "'\r\n"
                + "access_token  =   " + ACCESS_TOKEN + "\r\n"
                + "max-body = 2048\r\n"
                + "account_key = 1-5C0YLB:1-8BYUX\r\n"
                + "some_future_key = whatever it is\r\n");

        EdgeGridCredential credential = read(file, "ccu");

        assertEquals(
                TestCredentials.forHost("akab-ccu.luna.akamaiapis.net")
                        .maxBody(2048)
                        .accountSwitchKey("1-5C0YLB:1-8BYUX")
                        .build(),
                credential);
        assertEquals(List.of("other", "ccu"), List.copyOf(EdgercFile.read(file).keySet()));
    }

    @Test
    void usesTheDefaultMaxBodyAndNoAccountKeyWhenTheyAreAbsent() throws IOException {
        EdgeGridCredential credential = read(write(VALID_SECTION), "default");

        assertEquals(EdgeGridCredential.DEFAULT_MAX_BODY, credential.maxBody());
        assertEquals(null, credential.accountSwitchKey());
        assertEquals("akab-abc123.luna.akamaiapis.net", credential.host());
    }

    @Test
    void acceptsALoopbackHostWithAPort() throws IOException {
        EdgeGridCredential credential =
                read(write(VALID_SECTION.replace("akab-abc123.luna.akamaiapis.net", "127.0.0.1:8080")), "default");

        assertEquals("http://127.0.0.1:8080/", credential.baseUrl());
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("nowhere/.edgerc");

        CredentialException e = assertThrows(CredentialException.class, () -> read(missing, "default"));

        assertMessage(e, missing + " (given explicitly) does not exist", "Create it");
    }

    @Test
    void reportsAFileThatCannotBeRead() {
        CredentialException e = assertThrows(CredentialException.class, () -> read(dir, "default"));

        assertMessage(e, dir + " cannot be read (IOException", "a file this user may read");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve(".edgerc");
        Files.write(file, new byte[] {'[', 'd', ']', '\n', 'h', '=', (byte) 0xC3, (byte) 0x28});

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "d"));

        assertMessage(e, file + " is not UTF-8 text");
    }

    @Test
    void listsTheSectionsThatExistWhenTheSectionIsMissing() throws IOException {
        Path file = write(VALID_SECTION + "[ccu]\nhost = a.luna.akamaiapis.net\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "papi"));

        assertMessage(e, file + " (given explicitly): it has no section [papi], only [default], [ccu]");
    }

    @Test
    void reportsAFileWithoutSections() throws IOException {
        Path file = write("# nothing yet\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "has no section [default]", "(none)");
    }

    @ParameterizedTest
    @CsvSource({"client_secret", "host", "access_token", "client_token"})
    void namesAMissingKey(String key) throws IOException {
        Path file = write(VALID_SECTION.replaceAll("(?m)^" + key + " = .*\n", ""));

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, file + ", section [default]: " + key + " is missing or empty", "Control Center");
    }

    @Test
    void namesEveryMissingKeyAtOnce() throws IOException {
        Path file = write("[default]\nhost = akab-abc.luna.akamaiapis.net\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "client_token, client_secret, access_token are missing or empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_secret =", "client_secret = \"\"", "client_secret = ''"})
    void rejectsAnEmptySecret(String line) throws IOException {
        Path file = write(VALID_SECTION.replaceAll("(?m)^client_secret = .*$", line));

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "section [default]: client_secret is missing or empty");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://akab-abc.luna.akamaiapis.net | without a scheme",
                "akab-abc.luna.akamaiapis.net/ | must not end with '/'",
                "akab abc.luna.akamaiapis.net | is not a host name"
            })
    void rejectsAHostThatIsNotABareHostName(String host, String rule) throws IOException {
        Path file = write(VALID_SECTION.replace("akab-abc123.luna.akamaiapis.net", host));

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, file + ", section [default], host: ", rule);
    }

    @Test
    void aSecretPastedIntoTheHostIsNotEchoed() throws IOException {
        Path file = write(VALID_SECTION.replace("akab-abc123.luna.akamaiapis.net", CLIENT_SECRET));

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(
                e,
                "section [default], host: host is not a host name (character 40, '+', cannot be in one): write it like",
                "write it like akab-xxxx.luna.akamaiapis.net");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {"max_body = lots | lots", "max_body = 0 | 0", "max-body = -5 | -5", "max_body = | ''"})
    void rejectsAMaxBodyThatIsNotAPositiveNumber(String line, String shown) throws IOException {
        Path file = write(VALID_SECTION + line + "\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(
                e,
                "section [default], max_body must be a positive whole number of bytes",
                "(got '" + shown + "')",
                "leave it out to use 131072");
    }

    @Test
    void rejectsAnAccountKeyWithIllegalCharacters() throws IOException {
        Path file = write(VALID_SECTION + "account_key = 1-ABC;DROP\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "section [default], account_key: ", "1-5C0YLB:1-8BYUX");
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("this line holds no separator", "line 6: expected 'key = value'"),
                Arguments.of("= value without a key", "line 6: expected 'key = value'"),
                Arguments.of("client_secret " + CLIENT_SECRET, "line 6: expected 'key = value' with a one-word key"),
                Arguments.of("[default", "line 6: a section header must be a name in brackets"),
                Arguments.of("[]", "line 6: a section header must be a name in brackets"),
                Arguments.of("[default] # trailing words", "line 6: a section header must be a name in brackets"),
                Arguments.of("[default]", "line 6: section [default] already began on line 1"),
                Arguments.of(
                        "max_body = 1\nmax-body = 2", "line 7: max_body is already set in section [default] on line 6"),
                Arguments.of("client_token = x", "line 6: client_token is already set in section [default] on line 5"),
                Arguments.of("account_key = \"1-ABC", "line 6: the value of account_key opens a \" quote"),
                Arguments.of("odd_key = 'never closed", "line 6: the value of the setting opens a ' quote"));
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void rejectsAMalformedLineByNumber(String badLines, String expected) throws IOException {
        Path file = write(VALID_SECTION + badLines + "\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, file + ", " + expected);
    }

    @Test
    void rejectsASettingBeforeAnySectionWithoutEchoingIt() throws IOException {
        Path file = write("client_secret = " + CLIENT_SECRET + "\n" + VALID_SECTION);

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, file + ", line 1: a setting comes before the first [section] header");
    }

    @Test
    void neverEchoesAMalformedLineThatMayHoldASecret() throws IOException {
        Path file =
                write(VALID_SECTION + CLIENT_SECRET.replace("=", "") + "\n" + "[broken\n" + "'" + CLIENT_TOKEN + "'\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "line 6: expected 'key = value'");
    }

    @Test
    void rejectsAMalformedLineInAnotherSectionToo() throws IOException {
        Path file = write(VALID_SECTION + "[ccu]\nnot a setting\n");

        CredentialException e = assertThrows(CredentialException.class, () -> read(file, "default"));

        assertMessage(e, "line 7: expected 'key = value'");
    }

    @Test
    void keepsSectionNamesAsWritten() throws IOException {
        Map<String, Map<String, String>> sections = EdgercFile.read(write(VALID_SECTION + "[Ccu]\n"));

        assertEquals(List.of("default", "Ccu"), List.copyOf(sections.keySet()));
        assertFalse(sections.containsKey("ccu"), "section names are case-sensitive");
    }

    /** Reads {@code section} of {@code file} as the resolver does, with no environment to fall back on. */
    private EdgeGridCredential read(Path file, String section) {
        return CredentialResolver.of(Map.of(), dir)
                .withFile(file)
                .withSection(section)
                .resolve();
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve(".edgerc"), text, StandardCharsets.UTF_8);
    }

    /** Asserts the message holds each fragment and no secret. */
}
