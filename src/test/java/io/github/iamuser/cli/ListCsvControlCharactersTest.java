package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server may hold a value with a control character (set by another tool) that the command line
 * shows escaped ({@code \u001b}): {@code list --csv} then {@code bulk} of the unedited file must not
 * send that escape as the new value, nor take text that looks like such an escape for one.
 */
class ListCsvControlCharactersTest {
    private MockWebServer server;
    private CliHome home;
    private final List<String> puts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start(@TempDir Path tempHome) throws IOException {
        server = Loopback.startServer();
        home = CliHome.loopback(tempHome, server, "loopback");
    }

    /** Serves the user as {@code version} answers it, with a job title full of control characters. */
    private void serve(ApiVersion version) {
        JsonObject user = LoopbackUser.of(version);
        user.addProperty("jobTitle", "Lead\u001b[31m \u0085 \u007f \u202Eevil\u202C \u2028 a\rb \\u001b \\u005c\\");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("PUT")) {
                    puts.add(request.getBody().readUtf8());
                    return Loopback.json(200, user.toString());
                }
                if (request.getPath().contains("/ui-identities?")) {
                    JsonArray list = new JsonArray();
                    list.add(user);
                    return Loopback.json(200, list.toString());
                }
                return Loopback.json(200, user.toString());
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private CliRun cli(String... args) {
        return home.cli(args);
    }

    /** In v3 the user's fields with no value are left out of its answers, and the blank cells must match them. */
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void whatListCsvWritesBulkTakesBackUnchanged(ApiVersion version) throws IOException {
        serve(version);
        String option = LoopbackUser.option(version);
        CliRun list = cli("list", "--csv", "--api-version", option);
        assertEquals(0, list.exitCode(), list::toString);
        assertFalse(list.out().contains("\u001b"), "the terminal still sees no raw escape: " + list);
        assertEquals(
                "uiIdentityId," + String.join(",", ProfileField.names(version)),
                list.out().lines().findFirst().orElseThrow());
        Path file = home.home().resolve("users.csv");
        Files.writeString(file, list.out());

        CliRun bulk = cli("bulk", file.toString(), "--json", "--api-version", option);

        assertEquals(0, bulk.exitCode(), bulk::toString);
        assertTrue(bulk.out().contains("\"status\":\"UNCHANGED\""), bulk::toString);
        assertEquals(List.of(), puts, "nothing is PUT for a row nobody edited");
    }
}
