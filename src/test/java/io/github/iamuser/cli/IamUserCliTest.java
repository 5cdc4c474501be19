package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.internal.UserLock;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.RecordedRequest;
import io.github.iamuser.sandbox.SandboxUsers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end: the command line against the sandbox, with credentials from an .edgerc file. */
class IamUserCliTest {
    private static IamSandbox sandbox;
    private static Path home;
    private static Path edgerc;
    private static Map<String, String> env;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        home = tempHome;
        sandbox = IamSandbox.start();
        edgerc = home.resolve(".edgerc");
        Files.writeString(edgerc, sandbox.edgercSection("sandbox"));
        env = Map.of("HOME", home.toString());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static CliRun cli(String... args) {
        String[] withCredentials = new String[args.length + 4];
        System.arraycopy(args, 0, withCredentials, 0, args.length);
        System.arraycopy(
                new String[] {"--edgerc", edgerc.toString(), "--section", "sandbox"},
                0,
                withCredentials,
                args.length,
                4);
        return CliRun.of(env, withCredentials);
    }

    private static String stored(String key, String id, String field) {
        return sandbox.user(key, id).get(field).getAsString();
    }

    /** v2 writes the cleared field as "" among all 17 keys; v3 leaves it out, as its reference says. */
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void updateShowsTheDifferenceAndChangesOnlyThoseFields(ApiVersion version) {
        CliRun run = cli(
                "update",
                SandboxUsers.US_USER,
                "--set",
                "jobTitle=CTO",
                "--clear",
                "mobilePhone",
                "--api-version",
                String.valueOf(version.number()));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("jobTitle           \"Chief Engineer\" -> \"CTO\""), run::toString);
        assertTrue(run.out().contains("mobilePhone        \"6175550199\" -> \"\""), run::toString);
        assertTrue(run.out().contains("The server stored exactly what was sent"), run::toString);
        assertEquals("CTO", stored(null, SandboxUsers.US_USER, "jobTitle"));
        assertEquals("6175550100", stored(null, SandboxUsers.US_USER, "phone"));
        assertEquals(1, sandbox.putCount());
        RecordedRequest put = sandbox.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .findFirst()
                .orElseThrow();
        assertTrue(put.rawPath().startsWith(version.pathPrefix()), put::toString);
        JsonObject body = JsonParser.parseString(put.body()).getAsJsonObject();
        if (version == ApiVersion.V2) {
            assertEquals(ProfileField.names(ApiVersion.V2), body.keySet());
            assertEquals("", body.get("mobilePhone").getAsString());
        } else {
            Set<String> rest = new HashSet<>(ProfileField.names(ApiVersion.V3));
            rest.remove("mobilePhone");
            assertEquals(rest, body.keySet());
        }
        assertEquals("CTO", body.get("jobTitle").getAsString());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void dryRunPrintsTheBodyAndSendsNoPut(ApiVersion version) {
        CliRun run = cli(
                "update",
                SandboxUsers.US_USER,
                "--set",
                "city=Boston",
                "--clear",
                "mobilePhone",
                "--dry-run",
                "--api-version",
                String.valueOf(version.number()));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("nothing was sent"), run::toString);
        String body = run.out().substring(run.out().indexOf("It would PUT"));
        assertTrue(body.contains("\"city\": \"Boston\""), run::toString);
        if (version == ApiVersion.V2) {
            assertTrue(body.startsWith("It would PUT this complete body (all 17 fields):\n"), run::toString);
            assertTrue(body.contains("\"mobilePhone\": \"\""), run::toString);
        } else {
            assertTrue(
                    body.startsWith("It would PUT this complete body (16 fields; mobilePhone left out, as IAM v3"
                            + " writes no value):\n"),
                    run::toString);
            assertFalse(body.contains("mobilePhone\":"), run::toString);
        }
        assertEquals(0, sandbox.putCount());
        assertEquals("Cambridge", stored(null, SandboxUsers.US_USER, "city"));
    }

    /** A field with no value shows empty in either version, though v3 answers without it ("absent" is for a fault). */
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void getShowsAClearedFieldEmptyInEitherVersion(ApiVersion version) {
        String option = String.valueOf(version.number());
        assertEquals(
                0,
                cli("update", SandboxUsers.US_USER, "--clear", "mobilePhone", "--api-version", option)
                        .exitCode());

        CliRun run = cli("get", SandboxUsers.US_USER, "--api-version", option);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(line -> line.matches(" +mobilePhone +")), run::toString);
        assertFalse(run.out().contains("(absent)"), run::toString);
    }

    @Test
    void jsonOutputIsMachineReadable() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "sessionTimeOut=3600", "--json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("updated", result.get("outcome").getAsString());
        assertEquals(
                "sessionTimeOut",
                result.getAsJsonArray("changes")
                        .get(0)
                        .getAsJsonObject()
                        .get("field")
                        .getAsString());
        assertEquals(17, result.getAsJsonObject("requestBody").size());
    }

    @Test
    void aValidationErrorExitsTwoAndSendsNothing() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "firstName=", "--set", "phone=CALL-ME");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("firstName: must not be empty"), run::toString);
        assertTrue(run.err().contains("phone: must be a phone number of 7 to 15 digits"), run::toString);
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void aPhoneWithALeadingSpaceIsRefusedBeforeSendingAsTheServerWould() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "phone= 6175550100");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("phone: must be a phone number"), run::toString);
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void anUnknownFieldExitsTwoListingTheValidOnes() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "nickname=Ada");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains("nickname: is not a field of a user's profile; valid fields are"
                                + " firstName, lastName"),
                run::toString);
        assertEquals(0, sandbox.requests().size(), "refused before any request");
    }

    @Test
    void aMalformedSetExitsTwoWithTheFix() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "jobTitle");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err().contains("--set 'jobTitle' is not FIELD=VALUE: write it like --set" + " jobTitle=CTO"),
                run::toString);
        assertEquals(0, sandbox.requests().size());
    }

    @Test
    void anUnknownUserExitsOneWithTheProblemDetails() {
        CliRun run = cli("get", "NO-SUCH-USER");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("iam-user: GET "), run::toString);
        assertTrue(run.err().contains("title: User not found"), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = cli("get", "NO-SUCH-USER", "--verbose");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void aWrongSecretIsAnAuthenticationErrorWithAdvice(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.edgerc");
        Files.writeString(
                bad,
                sandbox.edgercSection("sandbox")
                        .replace(sandbox.credential().clientSecret(), "d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldA=="));
        CliRun run = CliRun.of(env, "get", SandboxUsers.US_USER, "--edgerc", bad.toString(), "--section", "sandbox");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("401"), run::toString);
        assertFalse(run.err().contains("d3Jvbmctc2VjcmV0"), "the secret is never printed");
    }

    @Test
    void aRateLimitIsWaitedOutThenTheUpdateSucceeds() {
        sandbox.faults().enqueue(Fault.rateLimited(Duration.ofSeconds(1)).onlyFor("PUT", null));
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "city=Boston");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(2, sandbox.putCount(), "the 429, then the retry");
        assertEquals("Boston", stored(null, SandboxUsers.US_USER, "city"));
    }

    @Test
    void theAccountSwitchKeySelectsTheAccountUnderEitherSpelling() {
        assertEquals(1, cli("get", SandboxUsers.SWITCHED_USER).exitCode());
        CliRun run = cli("get", SandboxUsers.SWITCHED_USER, "--account-switch-key", SandboxUsers.SWITCH_KEY);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Kenji"), run::toString);
        assertEquals(
                0,
                cli(
                                "update",
                                SandboxUsers.SWITCHED_USER,
                                "--account-key",
                                SandboxUsers.SWITCH_KEY,
                                "--set",
                                "jobTitle=Lead")
                        .exitCode());
        assertEquals("Lead", stored(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCHED_USER, "jobTitle"));
    }

    @Test
    void lookupsListValuesAndRefuseUnknownKinds() {
        CliRun states = cli("lookups", "states", "--country", "USA");
        assertEquals(0, states.exitCode(), states::toString);
        assertTrue(states.out().lines().anyMatch("MA"::equals), states::toString);
        CliRun policies = cli("lookups", "timeout-policies", "--json");
        assertEquals(0, policies.exitCode(), policies::toString);
        assertEquals(7, JsonParser.parseString(policies.out()).getAsJsonArray().size());
        CliRun unknown = cli("lookups", "planets");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(
                unknown.err()
                        .contains("Unknown lookup kind 'planets': use one of contact-types,"
                                + " countries, states, languages, timeout-policies, time-zones."),
                unknown::toString);
    }

    @Test
    void missingCredentialsExitTwoSayingWhatWasTried(@TempDir Path emptyHome) {
        CliRun run = CliRun.of(Map.of("HOME", emptyHome.toString()), "get", SandboxUsers.US_USER);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("iam-user: "), run::toString);
        assertTrue(run.err().contains("AKAMAI_HOST"), run::toString);
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    }

    @Test
    void anUnreadableEdgercExitsTwo(@TempDir Path dir) {
        CliRun run = CliRun.of(
                env, "get", "X", "--edgerc", dir.resolve("missing.edgerc").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("missing.edgerc"), run::toString);
    }

    @Test
    void demoUpdatesASandboxProfileAndShowsTheRefusedIncompleteBody() {
        CliRun run = CliRun.of(Map.of(), "demo");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(
                run.out().contains("jobTitle           \"Chief Engineer\" -> \"Chief Technology Officer\""),
                run::toString);
        assertTrue(run.out().contains("refused before sending: 16 fields missing"), run::toString);
    }

    @Test
    void theSandboxCommandServesWithAMatchingEdgerc(@TempDir Path dir) throws Exception {
        Path written = dir.resolve("sandbox.edgerc");
        Thread server = new Thread(() -> CliRun.of(Map.of(), "sandbox", "--write-edgerc", written.toString()));
        server.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); // a loaded machine starts slowly
            while (!Files.exists(written) && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            CliRun run = CliRun.of(
                    env, "get", SandboxUsers.CANADIAN_USER, "--edgerc", written.toString(), "--section", "sandbox");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("country                   Canada"), run::toString); // v3's column
        } finally {
            server.interrupt();
            server.join(30_000);
        }
        assertFalse(server.isAlive());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of(Map.of());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Missing command"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "update", "lookups", "sandbox", "demo", "completion"})
    void helpWorksOnEveryCommandAndListsTheExitCodes(String command) {
        CliRun run = CliRun.of(Map.of(), command, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: iam-user " + command), run::toString);
        assertTrue(run.out().contains("Exit codes:\n  0     done as asked\n"), run::toString);
        assertEquals(
                command.equals("update"),
                run.out().contains("3     sent, but the server stored something other than what was sent"),
                () -> "code 3 only where the command can end with it: " + run);
        assertTrue(
                run.out().contains("141   the reader closed the output before the end (as head does): stopped"),
                run::toString);
        assertEquals("", run.err());
    }

    @Test
    void aFieldBothSetAndClearedIsAUsageErrorNamingIt() {
        CliRun run = cli("update", SandboxUsers.US_USER, "--set", "jobTitle=A", "--clear", "jobTitle");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err().contains("jobTitle is named twice (--set jobTitle=A and --clear jobTitle)"), run::toString);
        assertTrue(run.err().contains("Run 'iam-user update --help' for usage."), run::toString);
        assertEquals(0, sandbox.requests().size(), "refused before any request");
    }

    @Test
    void aFieldSetTwiceOrClearedTwiceIsAUsageErrorNamingIt() {
        CliRun sets = cli("update", SandboxUsers.US_USER, "--set", "city=A", "--set", "jobTitle=B", "--set", "city=A");
        assertEquals(2, sets.exitCode(), sets::toString);
        assertTrue(sets.err().contains("city is named twice (--set city=A and --set city=A)"), sets::toString);
        CliRun clears = cli("update", SandboxUsers.US_USER, "--clear", "city", "--clear", "city");
        assertEquals(2, clears.exitCode(), clears::toString);
        assertTrue(clears.err().contains("city is named twice (--clear city and --clear city)"), clears::toString);
        assertEquals(0, sandbox.requests().size(), "refused before any request");
    }

    /** The second factor's type differs: v2's tfaEnabled is a boolean, v3's additionalAuthentication a method. */
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void typeErrorsOfSeveralSetsAreReportedAtOnceWithTheOtherProblems(ApiVersion version) {
        boolean v2 = version == ApiVersion.V2;
        CliRun run = cli(
                "update",
                SandboxUsers.US_USER,
                "--set",
                (v2 ? "tfaEnabled" : "additionalAuthentication") + "=yes",
                "--set",
                "sessionTimeOut=abc",
                "--set",
                "nickname=Ada",
                "--set",
                "firstName=",
                "--clear",
                "timeZone",
                "--api-version",
                String.valueOf(version.number()));
        assertEquals(2, run.exitCode(), run::toString);
        for (String problem : new String[] {
            "the update was not sent: 5 problems",
            v2
                    ? "tfaEnabled: must be true or false (got 'yes')"
                    : "additionalAuthentication: must be one of TFA, MFA, NONE (in capitals) (got 'yes')",
            "sessionTimeOut: must be a whole number of seconds",
            "nickname: is not a field of a user's profile",
            "firstName: must not be empty",
            "timeZone: must not be empty"
        }) {
            assertTrue(run.err().contains(problem), () -> problem + " in\n" + run);
        }
        assertEquals(0, sandbox.requests().size(), "refused before any request");
    }

    @Test
    void aControlCharacterInAValueIsRefusedBeforeAnythingIsSentAndShownEscaped() {
        CliRun run = cli( // tfaEnabled: a boolean, whose type error echoes the value (v2)
                "update",
                SandboxUsers.US_USER,
                "--set",
                "city=\u001b]0;pwned\u0007",
                "--set",
                "tfaEnabled=\u001b[2J",
                "--api-version",
                "2");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("city: must not contain control characters"), run::toString);
        assertTrue(run.err().contains("tfaEnabled: must be true or false (got '\\u001b[2J')"), run::toString);
        assertEquals(0, sandbox.requests().size(), "not even the GET");
        run.assertNoControlCharacters();
    }

    @Test
    void theUserLockIsReleasedWhateverTheOutcome() throws IOException {
        Path lock = LockFile.file(env, home, UserLock.key(sandbox.credential().host(), null, SandboxUsers.US_USER));
        assertEquals(
                0, cli("update", SandboxUsers.US_USER, "--set", "city=Boston").exitCode());
        assertLockIsFree(lock);
        assertEquals(2, cli("update", SandboxUsers.US_USER, "--clear", "state").exitCode(), "USA needs a state");
        assertLockIsFree(lock);
        sandbox.faults().enqueue(Fault.serverError(500).onlyFor("PUT", null));
        assertEquals(
                1, cli("update", SandboxUsers.US_USER, "--set", "city=Salem").exitCode());
        assertLockIsFree(lock);
        assertEquals(2, sandbox.putCount(), "Boston, then the PUT answered 500");
    }

    private static void assertLockIsFree(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertTrue(lock != null, "the lock of " + file + " is free");
        }
    }
}
