package io.github.iamuser;

import io.github.iamuser.internal.LibraryInfo;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns once when edgegrid-signer-core's logger is enabled at DEBUG or TRACE: it then logs the data
 * it signs (tokens, timestamp, nonce) and the signature, which together rebuild a working
 * Authorization header for five minutes, and a PUT's body is not covered by the signature.
 */
final class SignerLogWarning {
    /** The logger edgegrid-signer-core 6.0.2 writes to. */
    static final String SIGNER_LOGGER = "com.akamai.edgegrid.signer";

    static final SignerLogWarning ONCE_PER_JVM = new SignerLogWarning();

    private final AtomicBoolean warned = new AtomicBoolean();

    /** Warns on {@code out} the first time {@code signer} is found enabled below INFO; true when it warned. */
    boolean check(Logger signer, Logger out) {
        if (!signer.isDebugEnabled() || !warned.compareAndSet(false, true)) {
            return false;
        }
        out.warn(
                "Logger {} is enabled at {}: edgegrid-signer-core then logs the data it signs and the"
                        + " signature, which together make a working Authorization header for five minutes."
                        + " Set {} to INFO or above wherever logs may be read.",
                SIGNER_LOGGER,
                signer.isTraceEnabled() ? "TRACE" : "DEBUG",
                SIGNER_LOGGER);
        return true;
    }

    /** Checks edgegrid-signer-core's real logger, warning on this library's. */
    void checkSignerLogger() {
        check(
                LoggerFactory.getLogger(SIGNER_LOGGER + ".EdgeGridV1Signer"),
                LoggerFactory.getLogger(LibraryInfo.WIRE_LOGGER));
    }
}
