package io.github.iamuser.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each version's spec and its generated Gson models agree with each other and with Akamai's documented body. */
class GeneratedModelsTest {
    /** The 16 request fields Akamai documents for "Update a user's profile" in both v2 and v3. */
    static final Set<String> SHARED_FIELDS = Set.of(
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
            "timeZone",
            "zipCode");

    /** The 17 request fields of v2: the shared ones and {@code tfaEnabled}. */
    static final Set<String> DOCUMENTED_FIELDS = with(SHARED_FIELDS, "tfaEnabled");

    /** The 17 request fields of v3: the shared ones and {@code additionalAuthentication}. */
    static final Set<String> DOCUMENTED_V3_FIELDS = with(SHARED_FIELDS, "additionalAuthentication");

    private final Gson gson = new GsonBuilder().serializeNulls().create();

    /**
     * The 8 fields a v3 PUT always carries (the rest are left out for no value, as Akamai's v3 reference's
     * {@code minLength: 1} asks); Akamai's reference requires 6 of them, and email and additionalAuthentication
     * always hold a value.
     */
    static final Set<String> ALWAYS_SENT_V3_FIELDS = Set.of(
            "firstName",
            "lastName",
            "email",
            "country",
            "preferredLanguage",
            "timeZone",
            "sessionTimeOut",
            "additionalAuthentication");

    /**
     * One API version: its spec, its generated request and user models, its 17 documented request fields and
     * those of them every PUT carries.
     */
    record Version(String name, Class<?> request, Class<?> user, Set<String> fields, Set<String> alwaysSent) {
        OpenApiSpec spec() {
            return OpenApiSpec.load(name);
        }

        String basicInfo() {
            return "/identity-management/" + name + "/user-admin/ui-identities/{uiIdentityId}/basic-info";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Version> versions() {
        return Stream.of(
                new Version("v2", UserProfileUpdate.class, User.class, DOCUMENTED_FIELDS, DOCUMENTED_FIELDS),
                new Version(
                        "v3",
                        io.github.iamuser.generated.v3.model.UserProfileUpdate.class,
                        io.github.iamuser.generated.v3.model.User.class,
                        DOCUMENTED_V3_FIELDS,
                        ALWAYS_SENT_V3_FIELDS));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void requestModelHasExactlyTheSeventeenDocumentedFields(Version version) {
        assertEquals(new TreeSet<>(version.fields()), serializedNames(version.request()));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void specRequiresTheFieldsEveryPutCarriesAndForbidsOthers(Version version) {
        OpenApiSpec spec = version.spec();
        assertEquals(new TreeSet<>(version.fields()), new TreeSet<>(spec.propertyNames("UserProfileUpdate")));
        assertEquals(new TreeSet<>(version.alwaysSent()), new TreeSet<>(spec.required("UserProfileUpdate")));
        assertEquals(Boolean.FALSE, spec.schema("UserProfileUpdate").get("additionalProperties"));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void userModelCarriesEveryProfileField(Version version) {
        assertTrueContainsAll(serializedNames(version.user()), version.fields());
    }

    @ParameterizedTest
    @MethodSource("versions")
    void requestExamplesRoundTripThroughTheGeneratedModel(Version version) {
        Map<String, Object> examples = version.spec().examples(version.basicInfo(), "put", true);
        assertFalse(examples.isEmpty());
        for (Map.Entry<String, Object> example : examples.entrySet()) {
            JsonElement expected = exampleJson(example.getValue());
            Object model = gson.fromJson(expected, version.request());
            assertEquals(expected, new Gson().toJsonTree(model), "example " + example.getKey());
            Set<String> keys = expected.getAsJsonObject().keySet();
            assertTrue(keys.containsAll(version.alwaysSent()), "example " + example.getKey() + " lacks a required key");
            if (!version.alwaysSent().equals(version.fields())) {
                keys.forEach(key -> assertNotEquals(
                        "",
                        expected.getAsJsonObject().get(key).getAsString(),
                        "v3 leaves out " + key + " for no value"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("versions")
    void responseExampleRoundTripsThroughTheGeneratedModel(Version version) throws Exception {
        Map<String, Object> examples = version.spec().examples(version.basicInfo(), "put", false);
        assertFalse(examples.isEmpty());
        for (Map.Entry<String, Object> example : examples.entrySet()) {
            JsonElement expected = exampleJson(example.getValue());
            Object model = gson.fromJson(expected, version.user());
            Method id = version.user().getMethod("getUiIdentityId");
            assertNotNull(id.invoke(model));
            JsonElement written = new Gson().toJsonTree(model);
            assertEquals(expected, written, "example " + example.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("versions")
    void unknownResponseMembersAreTolerated(Version version) throws Exception {
        Object user = gson.fromJson(
                "{\"uiIdentityId\":\"A-1\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.co\","
                        + "\"tfaConfigured\":true,\"emailUpdatePending\":false,\"userStatus\":\"ACTIVE\"}",
                version.user());
        assertEquals("A-1", version.user().getMethod("getUiIdentityId").invoke(user));
    }

    @Test
    void v3ReadsAnAdditionalAuthenticationItDoesNotKnowButNeverSendsOne() {
        io.github.iamuser.generated.v3.model.User user = gson.fromJson(
                "{\"uiIdentityId\":\"A-1\",\"additionalAuthentication\":\"PASSKEY\"}",
                io.github.iamuser.generated.v3.model.User.class);
        assertEquals("PASSKEY", user.getAdditionalAuthentication());

        JsonObject body = new JsonObject();
        body.addProperty("additionalAuthentication", "PASSKEY");
        assertThrows(
                IllegalArgumentException.class,
                () -> gson.fromJson(body, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));
        assertEquals(
                List.of("TFA", "MFA", "NONE"),
                Arrays.stream(
                                io.github.iamuser.generated.v3.model.UserProfileUpdate.AdditionalAuthenticationEnum
                                        .values())
                        .map(e -> e.getValue())
                        .toList());
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

    private static Set<String> with(Set<String> names, String name) {
        Set<String> all = new HashSet<>(names);
        all.add(name);
        return Set.copyOf(all);
    }

    private static void assertTrueContainsAll(Set<String> actual, Set<String> expected) {
        List<String> missing =
                expected.stream().filter(n -> !actual.contains(n)).sorted().toList();
        assertEquals(List.of(), missing, "fields missing from the model");
    }
}
