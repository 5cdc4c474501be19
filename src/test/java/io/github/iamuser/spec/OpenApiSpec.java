package io.github.iamuser.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Test helper that reads a spec of openapi/ (iam-v2-users.yaml, iam-v3-users.yaml), the project's source of truth. */
public final class OpenApiSpec {

    private final Map<String, Object> root;

    private OpenApiSpec(Map<String, Object> root) {
        this.root = root;
    }

    /** The spec file of an API version ({@code v2}, {@code v3}), relative to the project's root folder. */
    public static Path file(String version) {
        return Path.of("openapi", "iam-" + version + "-users.yaml");
    }

    /** Loads the spec of an API version ({@code v2}, {@code v3}) from the project's root folder. */
    public static OpenApiSpec load(String version) {
        Path file = file(version);
        try (InputStream in = Files.newInputStream(file)) {
            return new OpenApiSpec(new Yaml().load(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** The document as read, for tests that walk it. */
    public Map<String, Object> root() {
        return root;
    }

    /** The schema named {@code name} under components/schemas. */
    public Map<String, Object> schema(String name) {
        return map(map(map(root, "components"), "schemas"), name);
    }

    /** The property names of a schema, in spec order. */
    public List<String> propertyNames(String schemaName) {
        return List.copyOf(map(schema(schemaName), "properties").keySet());
    }

    /** The names a schema lists under {@code required}. */
    @SuppressWarnings("unchecked")
    public List<String> required(String schemaName) {
        return (List<String>) schema(schemaName).get("required");
    }

    /**
     * The named examples of an operation's request or 200 response body, each reference into
     * components/examples replaced by the example it names.
     */
    public Map<String, Object> examples(String path, String method, boolean request) {
        Map<String, Object> operation = map(map(map(root, "paths"), path), method);
        Map<String, Object> body = request ? map(operation, "requestBody") : map(map(operation, "responses"), "200");
        Map<String, Object> resolved = new LinkedHashMap<>();
        map(map(map(body, "content"), "application/json"), "examples")
                .forEach((name, example) -> resolved.put(name, resolveExample(example)));
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private Object resolveExample(Object example) {
        Object ref = ((Map<String, Object>) example).get("$ref");
        if (ref == null) {
            return example;
        }
        String prefix = "#/components/examples/";
        if (!ref.toString().startsWith(prefix)) {
            throw new IllegalStateException("example reference '" + ref + "' must point into " + prefix);
        }
        return map(map(map(root, "components"), "examples"), ref.toString().substring(prefix.length()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalStateException("spec has no object at '" + key + "'");
        }
        return (Map<String, Object>) value;
    }
}
