package io.github.iamuser.auth;

import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import java.time.Clock;
import java.util.function.Supplier;

/** edgegrid-signer-core's EdgeGrid signer, with timestamps from a clock and nonces from a supplier. */
final class ClockedEdgeGridSigner extends EdgeGridV1Signer {
  private final Clock clock;
  private final Supplier<String> nonces;

  ClockedEdgeGridSigner(Clock clock, Supplier<String> nonces) {
    this.clock = clock;
    this.nonces = nonces;
  }

  @Override
  protected long getTimestamp() {
    return clock.millis();
  }

  @Override
  protected String getNonce() {
    return nonces.get();
  }
}
