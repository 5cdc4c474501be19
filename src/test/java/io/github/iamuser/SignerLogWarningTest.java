package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.testkit.CapturingLogger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The library warns once, naming the logger and the fix, when the signer's logger would leak credentials. */
class SignerLogWarningTest {
    @Test
    void aSignerLoggerAtDebugOrTraceIsWarnedAboutOnceNamingTheLoggerAndTheFix() {
        SignerLogWarning warning = new SignerLogWarning();
        CapturingLogger out = new CapturingLogger(Level.INFO);

        assertTrue(warning.check(new CapturingLogger(Level.TRACE), out));
        assertFalse(warning.check(new CapturingLogger(Level.DEBUG), out), "only once");

        assertEquals(1, out.lines().size());
        String line = out.lines().get(0);
        assertTrue(line.startsWith("WARN Logger com.akamai.edgegrid.signer is enabled at TRACE"), line);
        assertTrue(line.endsWith("Set com.akamai.edgegrid.signer to INFO or above wherever logs may be read."), line);
    }

    @Test
    void aSignerLoggerAtInfoIsNotWarnedAbout() {
        CapturingLogger out = new CapturingLogger(Level.TRACE);

        assertFalse(new SignerLogWarning().check(new CapturingLogger(Level.INFO), out));

        assertEquals(List.of(), out.lines());
    }
}
