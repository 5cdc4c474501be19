package io.github.iamuser.sandbox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most recent requests (at most {@link #CAPACITY}), the count of PUTs, of 429s, and of the profile
 * updates stored per user, without a global lock.
 */
final class RequestLog {
    /** How many requests are kept; older ones are forgotten so long runs use bounded memory. */
    static final int CAPACITY = 10_000;

    private final ConcurrentLinkedQueue<RecordedRequest> recent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong puts = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final Map<String, AtomicLong> stored = new ConcurrentHashMap<>();

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
            String path = request.rawPath();
            int id = path.indexOf("/ui-identities/");
            if (status == 200 && id >= 0 && path.endsWith("/basic-info")) {
                String user = path.substring(id + "/ui-identities/".length(), path.length() - "/basic-info".length());
                stored.computeIfAbsent(user, u -> new AtomicLong()).incrementAndGet();
            }
        }
        if (status == 429) {
            rateLimited.incrementAndGet();
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

    /** How many requests were answered 429. */
    long rateLimitedCount() {
        return rateLimited.get();
    }

    /** For each user (raw id as in the path) whose profile a PUT replaced, how many PUTs did (answered 200). */
    Map<String, Long> storedProfileCounts() {
        Map<String, Long> counts = new TreeMap<>();
        stored.forEach((user, count) -> counts.put(user, count.get()));
        return counts;
    }

    /** Forgets every request and zeroes the counts. */
    void clear() {
        while (recent.poll() != null) {
            size.decrementAndGet();
        }
        puts.set(0);
        rateLimited.set(0);
        stored.clear();
    }
}
