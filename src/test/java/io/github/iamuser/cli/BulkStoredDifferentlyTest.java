package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.testkit.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit code 3 of {@code bulk}: applied, but a server that stores something other than what was sent. */
class BulkStoredDifferentlyTest {
    @Test
    void aRowTheServerStoredOtherwiseExitsThreeAndSaysWhichField(@TempDir Path dir) throws Exception {
        try (MockWebServer server = Loopback.startServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    JsonObject user = JsonParser.parseString(Loopback.USER_JSON).getAsJsonObject();
                    if (request.getMethod().equals("PUT")) {
                        user.addProperty("city", "BOSTON"); // sent "Boston"
                    }
                    return Loopback.json(user.toString());
                }
            });
            CliHome home = CliHome.loopback(dir, server, "s");
            Path file = dir.resolve("city.jsonl");
            Files.writeString(file, "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"city\": \"Boston\"}}\n");

            CliRun run = home.cli("bulk", file.toString(), "--json");

            assertEquals(3, run.exitCode(), run::toString);
            JsonObject row = JsonParser.parseString(run.out().strip()).getAsJsonObject();
            assertEquals("APPLIED", row.get("status").getAsString());
            JsonObject difference =
                    row.getAsJsonArray("serverDifferences").get(0).getAsJsonObject();
            assertEquals("city", difference.get("field").getAsString());
            assertEquals("BOSTON", difference.get("after").getAsString());
            assertTrue(run.err().contains("stored differently by the server: 1"), run::toString);
        }
    }
}
