package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.Loopback;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exit code 3 of {@code bulk}, in either IAM version: applied, but a server that stores something other than what was sent. */
class BulkStoredDifferentlyTest {
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aRowTheServerStoredOtherwiseExitsThreeAndSaysWhichField(ApiVersion version, @TempDir Path dir)
            throws Exception {
        try (MockWebServer server = Loopback.startServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    JsonObject user = LoopbackUser.of(version);
                    if (request.getMethod().equals("PUT")) {
                        user.addProperty("city", "BOSTON"); // sent "Boston"
                    }
                    return Loopback.json(user.toString());
                }
            });
            CliHome home = CliHome.loopback(dir, server, "s");
            Path file = dir.resolve("city.jsonl");
            Files.writeString(file, "{\"uiIdentityId\": \"A-B-1CDEFG\", \"set\": {\"city\": \"Boston\"}}\n");

            CliRun run = home.cli("bulk", file.toString(), "--json", "--api-version", LoopbackUser.option(version));

            assertEquals(3, run.exitCode(), run::toString);
            JsonObject row = JsonParser.parseString(run.out().strip()).getAsJsonObject();
            assertEquals("APPLIED", row.get("status").getAsString());
            JsonObject difference =
                    row.getAsJsonArray("serverDifferences").get(0).getAsJsonObject();
            assertEquals("city", difference.get("field").getAsString());
            assertEquals("BOSTON", difference.get("after").getAsString());
            assertEquals(1, row.getAsJsonArray("serverDifferences").size(), "only city: " + run);
            assertTrue(run.err().contains("stored differently by the server: 1"), run::toString);
            server.takeRequest(); // the GET
            RecordedRequest put = server.takeRequest();
            assertEquals("PUT", put.getMethod());
            assertTrue(put.getPath().startsWith(version.pathPrefix()), put::getPath);
        }
    }
}
