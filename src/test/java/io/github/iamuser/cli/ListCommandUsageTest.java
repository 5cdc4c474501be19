package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.sandbox.IamSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code iam-user list} with a bad option value: a usage error (exit 2) naming the option, and nothing sent. */
class ListCommandUsageTest {
    private static IamSandbox sandbox;
    private static CliHome home;

    @BeforeAll
    static void start(@TempDir Path tempHome) throws IOException {
        sandbox = IamSandbox.builder().users(3).start();
        home = CliHome.sandbox(tempHome, sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--concurrency 0       | --concurrency",
                "--concurrency 65      | --concurrency",
                "--concurrency four    | --concurrency",
                "--group abc           | --group",
                "--group 0             | --group",
                "--group -1            | --group",
                "--group               | --group",
                "--csv --json          | --csv and --json",
                "--api-version 4       | --api-version",
            })
    void aBadValueIsAUsageErrorAndSendsNothing(String options, String named) {
        List<String> args = new ArrayList<>(List.of("list"));
        args.addAll(List.of(options.split(" ")));
        CliRun run = home.cli(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(named), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(0, sandbox.requests().size(), "nothing is sent: " + sandbox.requests());
    }
}
