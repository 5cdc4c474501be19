package io.github.iamuser.bench;

import java.time.Duration;

/**
 * {@link RoundTripBenchmark} against a server that answers after 1 ms, a floor well below the real
 * API's tens of milliseconds: what the client's cost amounts to once the server does any work at all.
 */
public class RoundTripOneMillisecondServer extends RoundTripBenchmark {
  @Override
  Duration answerDelay() {
    return Duration.ofMillis(1);
  }
}
