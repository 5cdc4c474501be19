package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.spec.OpenApiSpec;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of {@link ProfileField} says what each version's spec (openapi/iam-v2-users.yaml, iam-v3-users.yaml) and generated model say. */
class ProfileFieldTest {
    private static final Map<ApiVersion, OpenApiSpec> SPECS = Map.of(
            ApiVersion.V2, OpenApiSpec.load("v2"),
            ApiVersion.V3, OpenApiSpec.load("v3"));
    private static final Map<ApiVersion, Class<?>> MODELS = Map.of(
            ApiVersion.V2, io.github.iamuser.generated.model.UserProfileUpdate.class,
            ApiVersion.V3, io.github.iamuser.generated.v3.model.UserProfileUpdate.class);

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void sameNamesInTheSpecsOrder(ApiVersion version) {
        assertEquals(SPECS.get(version).propertyNames("UserProfileUpdate"), List.copyOf(ProfileField.names(version)));
        assertEquals(17, ProfileField.of(version).size());
    }

    @Test
    void theVersionsShareSixteenFieldsAndDifferInOne() {
        assertEquals(
                List.of(ProfileField.TFA_ENABLED),
                Arrays.stream(ProfileField.values())
                        .filter(f -> !f.in(ApiVersion.V3))
                        .toList());
        assertEquals(
                List.of(ProfileField.ADDITIONAL_AUTHENTICATION),
                Arrays.stream(ProfileField.values())
                        .filter(f -> !f.in(ApiVersion.V2))
                        .toList());
        assertEquals(
                ProfileField.names(),
                Set.copyOf(Arrays.stream(ProfileField.values())
                        .map(ProfileField::jsonName)
                        .toList()));
    }

    static Stream<Arguments> fieldsOfEachVersion() {
        return Arrays.stream(ApiVersion.values())
                .flatMap(version -> ProfileField.of(version).stream().map(field -> Arguments.of(version, field)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fieldsOfEachVersion")
    void typeLengthsPatternValuesAndExampleAreTheSpecs(ApiVersion version, ProfileField field) {
        Map<?, ?> property = (Map<?, ?>)
                ((Map<?, ?>) SPECS.get(version).schema("UserProfileUpdate").get("properties")).get(field.jsonName());
        String name = version + " " + field.jsonName();
        assertEquals(property.get("type"), field.type().name().toLowerCase(Locale.ROOT), name);
        boolean text = field.type() == ProfileField.Type.STRING;
        Object minLength = property.get("minLength");
        Object values = property.get("enum");
        assertEquals(values == null ? List.of() : values, field.allowedValues(), name + " enum");
        boolean leftOut = field.leftOutWhenEmptyIn(version);
        assertEquals(
                field.nonEmpty() || leftOut,
                !text || values != null || minLength != null && (Integer) minLength >= 1,
                name + ": never \"\" exactly when the spec sets minLength or an enum (numbers and booleans always"
                        + " have a value; v3 leaves an optional text field out instead of sending \"\")");
        assertEquals(
                field.nonEmpty() || version == ApiVersion.V2,
                SPECS.get(version).required("UserProfileUpdate").contains(field.jsonName()),
                name + ": required exactly when every PUT of the version carries it");
        assertEquals(text && values == null ? field.maxLength() : null, property.get("maxLength"), name + " maxLength");
        assertEquals(
                property.get("pattern"),
                field.pattern()
                        .map(Pattern::pattern)
                        .map(p -> leftOut ? p.replace("^$|", "") : p)
                        .orElse(null),
                name + " pattern (v3 does not send \"\", which the table's pattern of an optional field admits)");
        assertEquals(String.valueOf(property.get("example")), field.example(), name + " example");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theTimeoutIsPositiveInTheSpecToo(ApiVersion version) {
        Map<?, ?> timeout = (Map<?, ?>)
                ((Map<?, ?>) SPECS.get(version).schema("UserProfileUpdate").get("properties"))
                        .get(ProfileField.SESSION_TIME_OUT.jsonName());
        assertEquals(1, timeout.get("minimum"));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void sameSerializedNamesAndJavaTypesAsTheGeneratedModel(ApiVersion version) {
        Map<String, Class<?>> model = new TreeMap<>();
        for (java.lang.reflect.Field f : MODELS.get(version).getDeclaredFields()) {
            SerializedName serialized = f.getAnnotation(SerializedName.class);
            if (serialized != null && !Modifier.isStatic(f.getModifiers())) {
                model.put(serialized.value(), f.getType().isEnum() ? enumValues(f.getType()) : f.getType());
            }
        }
        assertEquals(
                model,
                ProfileField.of(version).stream()
                        .collect(Collectors.toMap(
                                ProfileField::jsonName,
                                f -> f.allowedValues().isEmpty()
                                        ? f.type().javaType()
                                        : Values.class, // the generated enum, whose values enumValues compared
                                (a, b) -> a,
                                TreeMap::new)));
    }

    @Test
    void theAdditionalAuthenticationEnumIsTheSpecs() {
        assertEquals(
                ProfileField.ADDITIONAL_AUTHENTICATION.allowedValues(),
                Arrays.stream(AdditionalAuthentication.values()).map(Enum::name).toList());
        assertEquals(
                ProfileField.ADDITIONAL_AUTHENTICATION.allowedValues(),
                Arrays.stream(
                                io.github.iamuser.generated.v3.model.UserProfileUpdate.AdditionalAuthenticationEnum
                                        .values())
                        .map(e -> e.getValue())
                        .toList());
    }

    @Test
    void aFieldOfOneVersionIsRefusedInTheOtherNamingWhatToUseInstead() {
        Violation tfa = ProfileField.TFA_ENABLED.refusedIn(ApiVersion.V3).orElseThrow();
        assertEquals("tfaEnabled", tfa.field());
        assertEquals("IAM v2 only", tfa.rule());
        assertTrue(tfa.message()
                .startsWith("is a field of IAM v2 only, and this client speaks IAM v3: use"
                        + " additionalAuthentication instead"));
        Violation additional =
                ProfileField.ADDITIONAL_AUTHENTICATION.refusedIn(ApiVersion.V2).orElseThrow();
        assertEquals("IAM v3 only", additional.rule());
        assertTrue(additional.message().contains("this client speaks IAM v2: use tfaEnabled instead"));
        assertTrue(additional.message().contains("apiVersion(ApiVersion.V3)"));
        for (ApiVersion version : ApiVersion.values()) {
            for (ProfileField field : ProfileField.of(version)) {
                assertTrue(field.refusedIn(version).isEmpty(), version + " " + field);
            }
        }
    }

    @Test
    void personalDataIsTheAddressTheEmailsAndThePhones() {
        assertEquals(
                Set.of("email", "secondaryEmail", "phone", "mobilePhone", "address"),
                Arrays.stream(ProfileField.values())
                        .filter(ProfileField::personal)
                        .map(ProfileField::jsonName)
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theExamplesMakeAValidProfile(ApiVersion version) {
        JsonObject profile = new JsonObject();
        for (ProfileField field : ProfileField.of(version)) {
            switch (field.type()) {
                case STRING -> profile.addProperty(field.jsonName(), field.example());
                case INTEGER -> profile.addProperty(field.jsonName(), Integer.valueOf(field.example()));
                case BOOLEAN -> profile.addProperty(field.jsonName(), Boolean.valueOf(field.example()));
            }
        }
        assertEquals(List.of(), new ProfileValidator().validateAll(profile));
        assertEquals(List.of(), ProfileField.missingOrNull(profile, version));
        assertEquals(List.of(), ProfileField.unknownKeys(profile, version));
    }

    /** Stands for a generated enum in the comparison of Java types, once its values matched the table's. */
    private static final class Values {}

    /** {@link Values} when the generated enum's values are the table's, else the enum class (so the comparison fails). */
    private static Class<?> enumValues(Class<?> generatedEnum) {
        List<String> values = Arrays.stream(generatedEnum.getEnumConstants())
                .map(Object::toString)
                .toList();
        return values.equals(ProfileField.ADDITIONAL_AUTHENTICATION.allowedValues()) ? Values.class : generatedEnum;
    }
}
