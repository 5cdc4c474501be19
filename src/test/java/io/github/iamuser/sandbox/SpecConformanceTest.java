package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.spec.OpenApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The sandbox plays every operation of each spec (openapi/iam-v2-users.yaml, iam-v3-users.yaml) and accepts its own examples. */
class SpecConformanceTest {
    private static final Gson GSON = new Gson();

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @ParameterizedTest
    @CsvSource({"v2, 9", "v3, 14"})
    void everyOperationOfTheSpecIsAnEndpoint(String version, int count) {
        Map<String, Object> spec = OpenApiSpec.load(version).root();
        ApiVersion api = ApiVersion.valueOf(version.toUpperCase(java.util.Locale.ROOT));
        List<String> operations = new ArrayList<>();
        map(spec, "paths")
                .forEach((path, item) -> ((Map<?, ?>) item).keySet().forEach(method -> {
                    String concrete = path.substring(1)
                            .replace("{uiIdentityId}", SandboxUsers.US_USER)
                            .replace("{country}", "USA");
                    String upper = method.toString().toUpperCase();
                    RequestBody body = upper.equals("PUT")
                            ? RequestBody.create(putBody(spec, path, api), MediaType.get("application/json"))
                            : null;
                    SignedClient.Answer answer = SANDBOX.client()
                            .send(new Request.Builder()
                                    .url(SANDBOX.client().url(concrete))
                                    .method(upper, body));
                    assertEquals(200, answer.status(), upper + " " + path + ": " + answer.body());
                    operations.add(upper + " " + path);
                }));
        assertEquals(count, operations.size(), operations.toString());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theSpecsRequestExamplesAreAcceptedAndStoredAsSent(ApiVersion version) {
        Map<String, Object> spec = spec(version);
        Map<String, Object> put =
                map(map(map(spec, "paths"), basePath(version) + "ui-identities/{uiIdentityId}/basic-info"), "put");
        Map<String, Object> examples =
                map(map(map(map(put, "requestBody"), "content"), "application/json"), "examples");
        Map<String, String> userOfExample =
                Map.of("usUser", SandboxUsers.US_USER, "noStateNoZip", SandboxUsers.GERMAN_USER);
        assertEquals(userOfExample.keySet(), examples.keySet());
        examples.forEach((name, example) -> {
            JsonObject body =
                    GSON.toJsonTree(((Map<?, ?>) example).get("value")).getAsJsonObject();
            SignedClient.Answer answer = SANDBOX.client()
                    .put(
                            basePath(version).substring(1) + "ui-identities/" + userOfExample.get(name) + "/basic-info",
                            body.toString());
            assertEquals(200, answer.status(), name + ": " + answer.body());
            assertEquals(body, Profiles.updateFrom(answer.object(), version), name);
        });
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theLookupExamplesAreAmongTheSandboxsValues(ApiVersion version) {
        Map<String, Object> spec = spec(version);
        for (String lookup : List.of(
                "contact-types",
                "countries",
                "supported-languages",
                "timeout-policies",
                "timezones",
                "countries/{country}/states")) {
            String path = basePath(version) + "common/" + lookup;
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

    /** A body the PUT of {@code path} accepts: the US user's profile, or the spec's first request example. */
    private static String putBody(Map<String, Object> spec, String path, ApiVersion version) {
        if (path.endsWith("/basic-info")) {
            return Profiles.updateFrom(SANDBOX.sandbox().user(null, SandboxUsers.US_USER), version)
                    .toString();
        }
        Map<String, Object> json = map(map(map(map(map(spec, "paths"), path), "put"), "requestBody"), "content");
        Map<String, Object> media = map(json, "application/json");
        Object example = media.containsKey("examples")
                ? ((Map<?, ?>) map(media, "examples").values().iterator().next()).get("value")
                : map(map(media, "schema"), "example");
        return GSON.toJson(example != null ? example : exampleOf(spec, media));
    }

    /** The example object of a schema {@code $ref}, built from its properties' examples. */
    private static Object exampleOf(Map<String, Object> spec, Map<String, Object> media) {
        String ref = (String) map(media, "schema").get("$ref");
        Map<String, Object> schema =
                map(map(map(spec, "components"), "schemas"), ref.substring(ref.lastIndexOf('/') + 1));
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        map(schema, "properties").forEach((name, property) -> {
            Map<String, Object> p = (Map<String, Object>) property;
            example.put(name, p.containsKey("$ref") ? exampleOf(spec, Map.of("schema", p)) : p.get("example"));
        });
        return example;
    }

    private static Map<String, Object> spec(ApiVersion version) {
        return OpenApiSpec.load("v" + version.number()).root();
    }

    private static String basePath(ApiVersion version) {
        return version.pathPrefix() + "user-admin/";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
