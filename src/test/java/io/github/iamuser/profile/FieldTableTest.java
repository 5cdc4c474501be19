package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.github.iamuser.generated.model.UserProfileUpdate;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of {@link Field} says what openapi/iam-v2-users.yaml and the generated model say. */
class FieldTableTest {
    private static final OpenApiSpec SPEC = OpenApiSpec.load();

    @Test
    void sameNamesInTheSpecsOrder() {
        assertEquals(SPEC.propertyNames("UserProfileUpdate"), List.copyOf(Field.names()));
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void typeLengthsPatternAndExampleAreTheSpecs(Field field) {
        Map<?, ?> property =
                (Map<?, ?>) ((Map<?, ?>) SPEC.schema("UserProfileUpdate").get("properties")).get(field.jsonName());
        String name = field.jsonName();
        assertEquals(property.get("type"), field.type().name().toLowerCase(Locale.ROOT), name);
        boolean text = field.type() == Field.Type.STRING;
        Object minLength = property.get("minLength");
        assertEquals(
                field.nonEmpty(),
                !text || minLength != null && (Integer) minLength >= 1,
                name + ": non-empty exactly when the spec sets minLength (numbers and booleans always have a value)");
        assertEquals(text ? field.maxLength() : null, property.get("maxLength"), name + " maxLength");
        assertEquals(
                property.get("pattern"), field.pattern().map(Pattern::pattern).orElse(null), name + " pattern");
        assertEquals(String.valueOf(property.get("example")), field.example(), name + " example");
    }

    @Test
    void theTimeoutIsPositiveInTheSpecToo() {
        Map<?, ?> timeout = (Map<?, ?>)
                ((Map<?, ?>) SPEC.schema("UserProfileUpdate").get("properties")).get(Field.SESSION_TIME_OUT.jsonName());
        assertEquals(1, timeout.get("minimum"));
    }

    @Test
    void sameSerializedNamesAndJavaTypesAsTheGeneratedModel() {
        Map<String, Class<?>> model = new TreeMap<>();
        for (java.lang.reflect.Field f : UserProfileUpdate.class.getDeclaredFields()) {
            SerializedName serialized = f.getAnnotation(SerializedName.class);
            if (serialized != null && !Modifier.isStatic(f.getModifiers())) {
                model.put(serialized.value(), f.getType());
            }
        }
        assertEquals(
                model,
                Arrays.stream(Field.values())
                        .collect(Collectors.toMap(
                                Field::jsonName, f -> f.type().javaType(), (a, b) -> a, TreeMap::new)));
    }

    @Test
    void personalDataIsTheAddressTheEmailsAndThePhones() {
        assertEquals(
                Set.of("email", "secondaryEmail", "phone", "mobilePhone", "address"),
                Arrays.stream(Field.values())
                        .filter(Field::personal)
                        .map(Field::jsonName)
                        .collect(Collectors.toSet()));
    }

    @Test
    void theExamplesMakeAValidProfile() {
        JsonObject profile = new JsonObject();
        for (Field field : Field.values()) {
            switch (field.type()) {
                case STRING -> profile.addProperty(field.jsonName(), field.example());
                case INTEGER -> profile.addProperty(field.jsonName(), Integer.valueOf(field.example()));
                case BOOLEAN -> profile.addProperty(field.jsonName(), Boolean.valueOf(field.example()));
            }
        }
        assertEquals(List.of(), new ProfileValidator().validateAll(profile));
    }
}
