package io.github.iamuser.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The queue of faults an {@link IamSandbox} plays: each queued fault is used up by the next request
 * it {@link Fault#onlyFor matches}, in the order queued. Faults are applied before the signature
 * check, like an edge in front of the API, and the request is still recorded. Thread-safe.
 */
public final class Faults {
    private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();

    Faults() {}

    /** Queues a fault for the next matching request; returns this queue, to queue more. */
    public Faults enqueue(Fault fault) {
        queue.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** The faults still waiting for a request, oldest first. */
    public List<Fault> pending() {
        return List.copyOf(queue);
    }

    /** Drops every waiting fault. */
    public void clear() {
        queue.clear();
    }

    /** Takes the oldest fault that matches the request, or null; each fault is taken by one request only. */
    Fault take(String method, String rawPath) {
        for (Fault fault : queue) {
            if (fault.matches(method, rawPath) && queue.remove(fault)) {
                return fault;
            }
        }
        return null;
    }
}
