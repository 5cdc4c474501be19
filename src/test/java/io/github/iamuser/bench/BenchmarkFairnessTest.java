package io.github.iamuser.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.iamuser.sandbox.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like (each baseline sends what the library sends), and the
 * safe-update benchmark's end-of-trial checks pass after real updates and fail on a lost one.
 */
class BenchmarkFairnessTest {

    @Test
    void roundTripBaselineSendsTheClientsRequestByteForByte() throws Exception {
        RoundTripBenchmark benchmark = new RoundTripBenchmark();
        benchmark.setUp();
        try {
            benchmark.raw();
            FixedAnswerServer.Received raw = benchmark.server.last();
            assertEquals("Ada", benchmark.client().getFirstName());
            FixedAnswerServer.Received client = benchmark.server.last();
            benchmark.clientStackOnly();
            FixedAnswerServer.Received stackOnly = benchmark.server.last();
            benchmark.rawSignedEachCall();
            FixedAnswerServer.Received signedEachCall = benchmark.server.last();

            assertEquals("PUT", client.method());
            assertEquals(RoundTripBenchmark.TARGET, client.target());
            assertEquals(client.method(), raw.method());
            assertEquals(client.target(), raw.target());
            assertArrayEquals(client.body(), raw.body());
            assertEquals(client.target(), stackOnly.target());
            assertArrayEquals(client.body(), stackOnly.body());
            assertTrue(stackOnly.authorization().startsWith("EG1-HMAC-SHA256 client_token="));
            assertTrue(client.authorization().startsWith("EG1-HMAC-SHA256 client_token="), client.authorization());
            assertTrue(raw.authorization().startsWith("EG1-HMAC-SHA256 client_token="), raw.authorization());
            assertNotEquals(client.authorization(), raw.authorization(), "the client signs every call anew");
            assertEquals(client.target(), signedEachCall.target());
            assertArrayEquals(client.body(), signedEachCall.body());
            assertTrue(signedEachCall.authorization().startsWith("EG1-HMAC-SHA256 client_token="));
            assertNotEquals(
                    raw.authorization(), signedEachCall.authorization(), "signed anew, not the prepared signature");
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void safeUpdateBaselineSendsTheSameGetAndPutAsTheClient() throws Exception {
        SandboxUnderLoad load = new SandboxUnderLoad();
        load.start();
        try {
            LoadCaller caller = new LoadCaller();
            caller.claimUser(load);
            SafeUpdateBenchmark benchmark = new SafeUpdate01Caller();

            benchmark.client(load, caller);
            List<RecordedRequest> byClient = load.sandbox.requests();
            benchmark.raw(load, caller);
            List<RecordedRequest> all = load.sandbox.requests();
            List<RecordedRequest> byRaw = all.subList(byClient.size(), all.size());

            assertEquals(2, byClient.size());
            assertEquals(2, byRaw.size());
            for (int i = 0; i < 2; i++) {
                assertEquals(byClient.get(i).method(), byRaw.get(i).method());
                assertEquals(byClient.get(i).rawPath(), byRaw.get(i).rawPath());
                assertEquals(200, byClient.get(i).status());
                assertEquals(200, byRaw.get(i).status());
            }
            assertEquals(
                    JsonParser.parseString(byClient.get(1).body().replace("Tester 1", "Tester 2")),
                    JsonParser.parseString(byRaw.get(1).body()));
            assertEquals(2, caller.checkUser(load.sandbox));
        } finally {
            load.checkAndStop();
        }
    }

    @Test
    void safeUpdateChecksPassAfterUpdatesByEitherSide() throws Exception {
        SandboxUnderLoad load = new SandboxUnderLoad();
        load.start();
        LoadCaller first = new LoadCaller();
        LoadCaller second = new LoadCaller();
        first.claimUser(load);
        second.claimUser(load);
        SafeUpdateBenchmark benchmark = new SafeUpdate04Callers();
        for (int i = 0; i < 3; i++) {
            benchmark.client(load, first);
            benchmark.raw(load, second);
        }
        assertNotEquals(first.userId, second.userId);
        assertEquals(
                "Tester 3",
                load.sandbox.user(null, first.userId).get("jobTitle").getAsString());
        assertEquals(
                "Tester 3",
                load.sandbox.user(null, second.userId).get("jobTitle").getAsString());
        assertEquals(3, first.checkUser(load.sandbox));
        assertEquals(3, second.checkUser(load.sandbox));
        load.checkAndStop();
    }

    @Test
    void safeUpdateChecksReportAnUpdateThatDidNotArrive() {
        SandboxUnderLoad load = new SandboxUnderLoad();
        load.start();
        LoadCaller caller = new LoadCaller();
        caller.claimUser(load);
        new SafeUpdate16Callers().client(load, caller);
        caller.nextTitle();

        IllegalStateException lost = assertThrows(IllegalStateException.class, load::checkAndStop);
        assertEquals(
                "lost update on " + caller.userId + ": jobTitle is \"Tester 1\" after 2 updates,"
                        + " expected \"Tester 2\"",
                lost.getMessage());
    }

    @Test
    void safeUpdateChecksReportAPutNoCallerCounted() throws Exception {
        SandboxUnderLoad load = new SandboxUnderLoad();
        load.start();
        LoadCaller caller = new LoadCaller();
        caller.claimUser(load);
        new SafeUpdate01Caller().raw(load, caller);
        load.signingOnly.newCall(caller.rawPut("Tester 1")).execute().close();

        IllegalStateException repeated = assertThrows(IllegalStateException.class, load::checkAndStop);
        assertEquals(
                "lost or repeated updates: the callers made 1 updates but the sandbox received 2 PUTs",
                repeated.getMessage());
    }
}
