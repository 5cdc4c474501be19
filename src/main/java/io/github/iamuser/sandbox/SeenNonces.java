package io.github.iamuser.sandbox;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nonces of correctly signed requests, each kept until its signature's timestamp leaves the
 * verifier's window (when a replay fails on its timestamp anyway), at most {@link #CAPACITY} at once:
 * past that, the oldest are forgotten first, so memory stays bounded under any load. Thread-safe.
 */
final class SeenNonces {
    /** How many nonces are kept at most (a few megabytes). */
    static final int CAPACITY = 100_000;

    private final int capacity;
    private final Map<String, Instant> expiries = new LinkedHashMap<>(); // oldest first

    SeenNonces() {
        this(CAPACITY);
    }

    /** Keeps at most {@code capacity} nonces. */
    SeenNonces(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Remembers the nonce until {@code expires}; true unless it is already remembered, unexpired, at
     * {@code now}: a replay.
     */
    synchronized boolean firstUse(String nonce, Instant expires, Instant now) {
        Instant known = expiries.get(nonce);
        if (known != null && known.isAfter(now)) {
            return false;
        }
        expiries.remove(nonce);
        Iterator<Instant> oldest = expiries.values().iterator();
        while (oldest.hasNext()) {
            Instant expiry = oldest.next();
            if (expiries.size() < capacity && expiry.isAfter(now)) {
                break;
            }
            oldest.remove();
        }
        expiries.put(nonce, expires);
        return true;
    }

    /** How many nonces are remembered now. */
    synchronized int size() {
        return expiries.size();
    }
}
