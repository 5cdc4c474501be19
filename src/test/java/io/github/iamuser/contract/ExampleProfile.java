package io.github.iamuser.contract;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The example values of one user's profile, every one of the 17 fields of one version's generated
 * {@code UserProfileUpdate} model (so a field added to a spec cannot be left out of the contract).
 */
final class ExampleProfile {
    private final Map<String, Object> values;
    private final ApiVersion version;

    private ExampleProfile(Map<String, Object> values) {
        this.version = Arrays.stream(ApiVersion.values())
                .filter(v -> values.keySet().equals(ProfileField.names(v)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("an example profile needs exactly the profile"
                        + " fields of v2 " + ProfileField.names(ApiVersion.V2) + " or of v3, got " + values.keySet()
                        + ": add the missing ones, remove the others."));
        this.values = values;
    }

    /** A profile from alternating field names and values (String, Integer or Boolean). */
    static ExampleProfile of(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ExampleProfile(ordered(values));
    }

    /** The API version whose 17 fields the profile has. */
    ApiVersion version() {
        return version;
    }

    /** The same profile in IAM v3: additionalAuthentication {@code method} in place of tfaEnabled. */
    ExampleProfile inV3(String method) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.remove("tfaEnabled");
        changed.put("additionalAuthentication", method);
        return new ExampleProfile(ordered(changed));
    }

    /** A copy with one field changed. */
    ExampleProfile with(String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new ExampleProfile(changed);
    }

    /** The example value of a field. */
    Object value(String field) {
        return values.get(field);
    }

    /** The example value of a text field. */
    String text(String field) {
        return (String) values.get(field);
    }

    /** The field names, in the spec's order. */
    Set<String> fields() {
        return values.keySet();
    }

    /** The profile as the JSON object a complete PUT carries. */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        values.forEach((name, value) -> {
            if (value instanceof Number n) {
                json.addProperty(name, n);
            } else if (value instanceof Boolean b) {
                json.addProperty(name, b);
            } else {
                json.addProperty(name, (String) value);
            }
        });
        return json;
    }

    private static Map<String, Object> ordered(Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ProfileField.names().stream().filter(values::containsKey).forEach(name -> ordered.put(name, values.get(name)));
        values.keySet().stream()
                .filter(name -> !ordered.containsKey(name))
                .forEach(name -> ordered.put(name, values.get(name)));
        return ordered;
    }
}
