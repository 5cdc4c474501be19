package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent callers never lose or tear an update: each PUT replaces its user's profile atomically. */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 50;

    @RegisterExtension
    static final RunningSandbox SANDBOX =
            new RunningSandbox(http -> http.connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES)));

    @Test
    void readModifyWritesOnDistinctUsersAllLand() throws Exception {
        List<Callable<Void>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String user = SandboxUsers.loadUser(t);
            callers.add(() -> {
                for (int round = 1; round <= ROUNDS; round++) {
                    JsonObject profile = Profiles.updateFrom(
                            SANDBOX.client().getUser(null, user).object());
                    String city = profile.get("city").getAsString();
                    int counted = city.matches("\\d+") ? Integer.parseInt(city) : 0;
                    JsonObject next = Profiles.with(
                            Profiles.with(profile, "jobTitle", "round " + round), "city", String.valueOf(counted + 1));
                    SignedClient.Answer answer = SANDBOX.client().putProfile(null, user, next);
                    assertEquals(200, answer.status(), answer.body());
                }
                return null;
            });
        }
        runAll(callers);
        for (int t = 0; t < THREADS; t++) {
            String user = SandboxUsers.loadUser(t);
            JsonObject stored = SANDBOX.sandbox().user(null, user);
            assertEquals("round " + ROUNDS, stored.get("jobTitle").getAsString(), user);
            assertEquals(String.valueOf(ROUNDS), stored.get("city").getAsString(), user + ": every increment landed");
            assertEquals(17, Profiles.updateFrom(stored).size(), user + ": no field lost");
            assertEquals("Load", stored.get("firstName").getAsString());
        }
        assertEquals(THREADS * ROUNDS, SANDBOX.sandbox().putCount());
    }

    @Test
    void concurrentPutsToOneUserNeverTearAProfile() throws Exception {
        JsonObject base = Profiles.updateFrom(SANDBOX.sandbox().user(null, SandboxUsers.US_USER));
        List<Callable<Void>> callers = new ArrayList<>();
        Set<JsonObject> sent = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            callers.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    JsonObject profile = tagged(base, "t" + thread + "r" + round);
                    sent.add(asParsed(profile));
                    SignedClient.Answer answer = SANDBOX.client().putProfile(null, SandboxUsers.US_USER, profile);
                    assertEquals(200, answer.status(), answer.body());
                    assertEquals(profile, Profiles.updateFrom(answer.object()), "the answer is this PUT's own result");
                }
                return null;
            });
        }
        runAll(callers);
        JsonObject last = asParsed(Profiles.updateFrom(SANDBOX.sandbox().user(null, SandboxUsers.US_USER)));
        assertTrue(sent.contains(last), "the stored profile is exactly one PUT's body, not a mix: " + last);
        assertEquals(THREADS * ROUNDS, new HashSet<>(sent).size());
    }

    /** The object as read back from its JSON text, so numbers hash alike on both sides of a comparison. */
    private static JsonObject asParsed(JsonObject object) {
        return JsonParser.parseString(object.toString()).getAsJsonObject();
    }

    /** A complete profile whose four free-text fields all carry the same tag. */
    private static JsonObject tagged(JsonObject base, String tag) {
        JsonObject profile = base;
        for (String field : new String[] {"jobTitle", "address", "city", "lastName"}) {
            profile = Profiles.with(profile, field, field + "-" + tag);
        }
        return profile;
    }

    private static void runAll(List<Callable<Void>> callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<Void>> done = pool.invokeAll(callers);
            for (Future<Void> caller : done) {
                caller.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
