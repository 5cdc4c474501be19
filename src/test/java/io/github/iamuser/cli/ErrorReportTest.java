package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.auth.CredentialException;
import io.github.iamuser.errors.FailedCall;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.internal.RequestNotSignedException;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** ErrorReport alone: which exit code each failure ends with, and the lines it prints. */
class ErrorReportTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void aFailureAfterARequestWentOutIsNeverExitCodeTwo() {
        IllegalStateException unexpected = new IllegalStateException("unexpected");
        assertEquals(1, ErrorReport.exitCode(unexpected, true));
        assertEquals(2, ErrorReport.exitCode(unexpected, false));
        assertEquals(
                2,
                ErrorReport.exitCode(
                        new io.github.iamuser.profile.RefusedChangeException(
                                "profile",
                                java.util.List.of(new io.github.iamuser.profile.Violation("city", "r", "m", null))),
                        true),
                "refused before the PUT: nothing that changes data was sent");
    }

    @Test
    void anApiErrorIsOneEvenBeforeARequestIsCountedAsSent() {
        assertEquals(IamUserCli.API_ERROR, ErrorReport.exitCode(apiError("{}"), false));
    }

    @Test
    void usageCredentialsAndAnUnsignableRequestAreTwoEvenAfterARequestWentOut() {
        assertEquals(IamUserCli.USAGE_ERROR, ErrorReport.exitCode(new CredentialException("no section"), true));
        assertEquals(IamUserCli.USAGE_ERROR, ErrorReport.exitCode(parameterError("bad option"), true));
        assertEquals(
                IamUserCli.USAGE_ERROR,
                ErrorReport.exitCode(
                        new IllegalStateException("wrapped", new RequestNotSignedException("cannot sign")), true));
    }

    @Test
    void aUsageErrorSaysWhatIsWrongAndWhichHelpToRead() {
        assertEquals(IamUserCli.USAGE_ERROR, ErrorReport.usage(parameterError("Unknown option: '-\u001b[2J'"), err));
        assertEquals(
                "iam-user: Unknown option: '-\\u001b[2J'\nRun 'iam-user --help' for usage.\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aRefusedChangeCountsItsProblemsAndNamesEach() {
        RefusedChangeException refused = new RefusedChangeException(
                "profile",
                List.of(
                        new Violation("city", "no-control", "must not contain control characters", null),
                        new Violation("tfaEnabled", "boolean", "must be true or false", "\u001b[2J")));
        assertEquals(IamUserCli.USAGE_ERROR, ErrorReport.print(refused, err, false, true));
        assertEquals(
                "iam-user: the update was not sent: 2 problems\n"
                        + "  city: must not contain control characters\n"
                        + "  tfaEnabled: must be true or false (got '\\u001b[2J')\n",
                lines());
    }

    @Test
    void oneRefusedProblemIsSingular() {
        ErrorReport.print(
                new RefusedChangeException("profile", List.of(new Violation("city", "r", "m", null))),
                err,
                false,
                false);
        assertTrue(lines().startsWith("iam-user: the update was not sent: 1 problem\n"), lines());
    }

    @Test
    void anApiErrorPrintsTheProblemsNonBlankPartsEscaped() {
        String body = "{\"type\": \"/errors/bad\", \"title\": \" \", \"detail\": \"no \\u001b[31mred\","
                + " \"requestId\": \"r-1\", \"errors\": [\"city is \\u202e wrong\"]}";
        assertEquals(IamUserCli.API_ERROR, ErrorReport.print(apiError(body), err, false, false));
        String printed = lines();
        assertTrue(printed.contains("\n  type: /errors/bad\n"), printed);
        assertFalse(printed.contains("title:"), "a blank title is left out: " + printed);
        assertTrue(printed.contains("\n  detail: no \\u001b[31mred\n"), printed);
        assertTrue(printed.contains("\n  error: city is \\u202e wrong\n"), printed);
        assertTrue(printed.endsWith("\n  requestId: r-1\n"), printed);
        assertFalse(printed.contains("\u001b") || printed.contains("\u202e"), printed);
    }

    @Test
    void anUnexpectedFailureNamesItsTypeAndVerboseAddsEachCauseOnce() {
        RuntimeException cause = new RuntimeException("inner \u001b");
        IllegalArgumentException outer = new IllegalArgumentException("outer", cause);
        cause.initCause(outer); // a cycle: each is printed once
        NullPointerException npe = new NullPointerException("boom");
        assertEquals(IamUserCli.API_ERROR, ErrorReport.print(npe, err, false, true));
        assertEquals("iam-user: unexpected failure: java.lang.NullPointerException: boom\n", lines());
        text.getBuffer().setLength(0);
        ErrorReport.print(outer, err, true, false);
        String printed = lines();
        assertTrue(printed.startsWith("iam-user: outer\njava.lang.IllegalArgumentException: outer\n\tat "), printed);
        assertTrue(printed.contains("\nCaused by: java.lang.RuntimeException: inner \\u001b\n"), printed);
        assertEquals(1, printed.split("Caused by", -1).length - 1, printed);
    }

    @Test
    void aClosedReaderEndsQuietlyWith141AnywhereInTheCauseChain() {
        SafeWriter.OutputFailure gone = new SafeWriter.OutputFailure(new IOException("Broken pipe"));
        assertEquals(
                IamUserCli.OUTPUT_CLOSED, ErrorReport.print(new RuntimeException("row failed", gone), err, true, true));
        assertEquals("", text.toString());
    }

    @Test
    void aFullDiskIsOneAndSaysSoEvenWhenStderrFailsToo() {
        SafeWriter.OutputFailure full = new SafeWriter.OutputFailure(new IOException("No space left on device"));
        assertEquals(IamUserCli.API_ERROR, ErrorReport.outputFailed(full, err));
        assertTrue(lines().startsWith("iam-user: the output could not be written (No space left on device)"), lines());
        PrintWriter failing = SafeWriter.data(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        assertEquals(IamUserCli.API_ERROR, ErrorReport.outputFailed(full, failing));
    }

    private String lines() {
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static IamException apiError(String body) {
        return new IamException(
                FailedCall.answered("GET", "/identity-management/v3/user-admin/ui-identities/x", 400, Map.of(), body));
    }

    private static CommandLine.ParameterException parameterError(String message) {
        return new CommandLine.ParameterException(
                new CommandLine(CommandSpec.create().name("iam-user")), message);
    }
}
