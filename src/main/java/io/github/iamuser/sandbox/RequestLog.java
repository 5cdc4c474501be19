package io.github.iamuser.sandbox;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The most recent requests (at most {@link #CAPACITY}) and the count of PUTs, without a global lock. */
final class RequestLog {
    /** How many requests are kept; older ones are forgotten so long runs use bounded memory. */
    static final int CAPACITY = 10_000;

    private final ConcurrentLinkedQueue<RecordedRequest> recent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong puts = new AtomicLong();

    /** Records a request and the status it was answered with. */
    void record(SandboxRequest request, int status) {
        recent.add(new RecordedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                request.headers(),
                request.bodyText(),
                status));
        if (request.method().equals("PUT")) {
            puts.incrementAndGet();
        }
        if (size.incrementAndGet() > CAPACITY && recent.poll() != null) {
            size.decrementAndGet();
        }
    }

    /** The recorded requests, oldest first. */
    List<RecordedRequest> snapshot() {
        return List.copyOf(recent);
    }

    /** How many PUT requests arrived, whatever they were answered. */
    long putCount() {
        return puts.get();
    }

    /** Forgets every request and zeroes the count. */
    void clear() {
        while (recent.poll() != null) {
            size.decrementAndGet();
        }
        puts.set(0);
    }
}
