package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recent requests, bounded, and the counts of PUTs, of 429s and of profile updates stored per user. */
class RequestLogTest {
    private static final String USERS = "/identity-management/v3/user-admin/ui-identities/";

    @Test
    void onlyAPutOfBasicInfoAnswered200CountsAsAStoredProfile() {
        RequestLog log = new RequestLog();
        log.record(request("PUT", USERS + "A-1/basic-info"), 200);
        log.record(request("PUT", USERS + "A-1/basic-info"), 200);
        log.record(request("PUT", USERS + "A-2/basic-info"), 400);
        log.record(request("PUT", USERS + "A-3/auth-grants"), 200);
        log.record(request("GET", USERS + "A-4"), 200);
        assertEquals(Map.of("A-1", 2L), log.storedProfileCounts());
        assertEquals(4, log.putCount(), "every PUT, whatever its answer");
        assertEquals(5, log.snapshot().size());
        assertEquals(400, log.snapshot().get(2).status());
    }

    @Test
    void a429IsCountedAndClearForgetsEverything() {
        RequestLog log = new RequestLog();
        log.record(request("GET", USERS), 429);
        log.record(request("PUT", USERS + "A-1/basic-info"), 200);
        assertEquals(1, log.rateLimitedCount());
        log.clear();
        assertEquals(List.of(), log.snapshot());
        assertEquals(0, log.putCount());
        assertEquals(0, log.rateLimitedCount());
        assertEquals(Map.of(), log.storedProfileCounts());
    }

    @Test
    void theOldestRequestsAreForgottenPastTheCapacity() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < RequestLog.CAPACITY + 5; i++) {
            log.record(request("GET", USERS + "U-" + i), 200);
        }
        List<RecordedRequest> kept = log.snapshot();
        assertEquals(RequestLog.CAPACITY, kept.size());
        assertEquals(USERS + "U-5", kept.get(0).rawPath());
        assertEquals(
                USERS + "U-" + (RequestLog.CAPACITY + 4),
                kept.get(kept.size() - 1).rawPath());
        log.clear();
        log.record(request("GET", USERS), 200);
        assertEquals(1, log.snapshot().size(), "the size is counted again from zero after clear");
    }

    private static SandboxRequest request(String method, String rawPath) {
        return new SandboxRequest(
                method,
                rawPath,
                null,
                Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8),
                Map.of(),
                "127.0.0.1",
                "127.0.0.1");
    }
}
