package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IamUserCli.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Fails when what was printed holds a control character other than the line breaks and tabs of the layout. */
    void assertNoControlCharacters() {
        String printed = out + err;
        printed.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
                .findFirst()
                .ifPresent(c -> fail(String.format("U+%04X printed in%n%s", c, this)));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
