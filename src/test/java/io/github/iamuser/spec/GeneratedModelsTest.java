package io.github.iamuser.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The spec and the generated Gson models agree with each other and with Akamai's documented body. */
class GeneratedModelsTest {
    /** The 17 request fields Akamai documents for "Update a user's profile". */
    static final Set<String> DOCUMENTED_FIELDS = Set.of(
            "address",
            "city",
            "contactType",
            "country",
            "email",
            "firstName",
            "jobTitle",
            "lastName",
            "mobilePhone",
            "phone",
            "preferredLanguage",
            "secondaryEmail",
            "sessionTimeOut",
            "state",
            "tfaEnabled",
            "timeZone",
            "zipCode");

    private final OpenApiSpec spec = OpenApiSpec.load();
    private final Gson gson = new GsonBuilder().serializeNulls().create();

    @Test
    void requestModelHasExactlyTheSeventeenDocumentedFields() {
        assertEquals(new TreeSet<>(DOCUMENTED_FIELDS), serializedNames(UserProfileUpdate.class));
    }

    @Test
    void specRequiresEveryRequestFieldAndForbidsOthers() {
        OpenApiSpec specFile = spec;
        assertEquals(new TreeSet<>(DOCUMENTED_FIELDS), new TreeSet<>(specFile.propertyNames("UserProfileUpdate")));
        assertEquals(new TreeSet<>(DOCUMENTED_FIELDS), new TreeSet<>(specFile.required("UserProfileUpdate")));
        assertEquals(Boolean.FALSE, specFile.schema("UserProfileUpdate").get("additionalProperties"));
    }

    @Test
    void userModelCarriesEveryProfileField() {
        assertTrueContainsAll(serializedNames(User.class), DOCUMENTED_FIELDS);
    }

    @Test
    void requestExamplesRoundTripThroughTheGeneratedModel() {
        Map<String, Object> examples = spec.examples(
                "/identity-management/v2/user-admin/ui-identities/{uiIdentityId}/basic-info", "put", true);
        assertFalse(examples.isEmpty());
        for (Map.Entry<String, Object> example : examples.entrySet()) {
            JsonElement expected = exampleJson(example.getValue());
            UserProfileUpdate model = gson.fromJson(expected, UserProfileUpdate.class);
            assertEquals(expected, gson.toJsonTree(model), "example " + example.getKey());
            assertEquals(
                    DOCUMENTED_FIELDS,
                    expected.getAsJsonObject().keySet(),
                    "example " + example.getKey() + " must carry every key");
        }
    }

    @Test
    void responseExampleRoundTripsThroughTheGeneratedModel() {
        Map<String, Object> examples = spec.examples(
                "/identity-management/v2/user-admin/ui-identities/{uiIdentityId}/basic-info", "put", false);
        for (Map.Entry<String, Object> example : examples.entrySet()) {
            JsonElement expected = exampleJson(example.getValue());
            User model = gson.fromJson(expected, User.class);
            assertNotNull(model.getUiIdentityId());
            JsonElement written = new Gson().toJsonTree(model);
            assertEquals(expected, written, "example " + example.getKey());
        }
    }

    @Test
    void unknownResponseMembersAreTolerated() {
        User user = gson.fromJson(
                "{\"uiIdentityId\":\"A-1\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.co\","
                        + "\"tfaConfigured\":true,\"emailUpdatePending\":false,\"userStatus\":\"ACTIVE\"}",
                User.class);
        assertEquals("A-1", user.getUiIdentityId());
    }

    private JsonElement exampleJson(Object exampleObject) {
        @SuppressWarnings("unchecked")
        Object value = ((Map<String, Object>) exampleObject).get("value");
        return gson.toJsonTree(value);
    }

    static Set<String> serializedNames(Class<?> model) {
        return Arrays.stream(model.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("SERIALIZED_NAME_"))
                .map(GeneratedModelsTest::constant)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertTrueContainsAll(Set<String> actual, Set<String> expected) {
        List<String> missing =
                expected.stream().filter(n -> !actual.contains(n)).sorted().toList();
        assertEquals(List.of(), missing, "fields missing from the model");
    }
}
