package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.spec.OpenApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

/** The sandbox plays every operation of openapi/iam-v2-users.yaml and accepts the spec's own examples. */
class SpecConformanceTest {
    private static final Gson GSON = new Gson();
    private static Map<String, Object> spec;

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = Files.newInputStream(OpenApiSpec.FILE)) {
            spec = new Yaml().load(in);
        }
    }

    @Test
    void everyOperationOfTheSpecIsAnEndpoint() {
        List<String> operations = new ArrayList<>();
        map(spec, "paths")
                .forEach((path, item) -> ((Map<?, ?>) item).keySet().forEach(method -> {
                    String concrete = path.substring(1)
                            .replace("{uiIdentityId}", SandboxUsers.US_USER)
                            .replace("{country}", "USA");
                    String upper = method.toString().toUpperCase();
                    RequestBody body = upper.equals("PUT")
                            ? RequestBody.create(
                                    Profiles.updateFrom(SANDBOX.sandbox().user(null, SandboxUsers.US_USER))
                                            .toString(),
                                    MediaType.get("application/json"))
                            : null;
                    SignedClient.Answer answer = SANDBOX.client()
                            .send(new Request.Builder()
                                    .url(SANDBOX.client().url(concrete))
                                    .method(upper, body));
                    assertEquals(200, answer.status(), upper + " " + path + ": " + answer.body());
                    operations.add(upper + " " + path);
                }));
        assertEquals(9, operations.size(), operations.toString());
    }

    @Test
    void theSpecsRequestExamplesAreAcceptedAndStoredAsSent() {
        Map<String, Object> examples =
                map(map(map(map(operation("put"), "requestBody"), "content"), "application/json"), "examples");
        Map<String, String> userOfExample =
                Map.of("usUser", SandboxUsers.US_USER, "noStateNoZip", SandboxUsers.GERMAN_USER);
        assertEquals(userOfExample.keySet(), examples.keySet());
        examples.forEach((name, example) -> {
            JsonObject body =
                    GSON.toJsonTree(((Map<?, ?>) example).get("value")).getAsJsonObject();
            SignedClient.Answer answer = SANDBOX.client().putProfile(null, userOfExample.get(name), body);
            assertEquals(200, answer.status(), name + ": " + answer.body());
            assertEquals(body, Profiles.updateFrom(answer.object()), name);
        });
    }

    @Test
    void theLookupExamplesAreAmongTheSandboxsValues() {
        for (String lookup : List.of(
                "contact-types",
                "countries",
                "supported-languages",
                "timeout-policies",
                "timezones",
                "countries/{country}/states")) {
            String path = "/identity-management/v2/user-admin/common/" + lookup;
            Map<String, Object> content = map(map(map(map(map(spec, "paths"), path), "get"), "responses"), "200");
            JsonArray expected = GSON.toJsonTree(
                            map(map(content, "content"), "application/json").get("example"))
                    .getAsJsonArray();
            JsonArray actual = SANDBOX.client()
                    .get(path.substring(1).replace("{country}", "USA"))
                    .json()
                    .getAsJsonArray();
            for (JsonElement value : expected) {
                assertTrue(actual.contains(value), lookup + " lacks the spec's example " + value);
            }
            assertFalse(expected.isEmpty());
        }
    }

    private static Map<String, Object> operation(String method) {
        return map(
                map(map(spec, "paths"), "/identity-management/v2/user-admin/ui-identities/{uiIdentityId}/basic-info"),
                method);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
