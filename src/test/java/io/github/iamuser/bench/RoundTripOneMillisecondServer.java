package io.github.iamuser.bench;

import java.time.Duration;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RoundTripBenchmark} against a server that answers after 1 ms, a floor well below the real
 * API's tens of milliseconds: what the client's cost amounts to once the server does any work at all.
 * At about 700 calls a second the JIT sees fewer calls per second of warm-up, hence 40 s of it.
 */
@Warmup(iterations = 40, time = 1)
public class RoundTripOneMillisecondServer extends RoundTripBenchmark {
    @Override
    Duration answerDelay() {
        return Duration.ofMillis(1);
    }
}
