package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.bulk.BulkProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    @Test
    void theSummaryWritesSecondsWithAPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // writes 1,5 for one and a half
        try {
            StringWriter out = new StringWriter();
            ProgressReporter reporter = new ProgressReporter("bulk", new PrintWriter(out, true), Map.of(), false);

            reporter.summary(new BulkProgress(2, 2, 2, 0, 0, 0, 0, Duration.ofMillis(1500)));

            assertTrue(out.toString().startsWith("bulk: 2 rows in 1.5 s: "), out.toString());
        } finally {
            Locale.setDefault(before);
        }
    }
}
