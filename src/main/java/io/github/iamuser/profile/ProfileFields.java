package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys every profile PUT must carry, read from the generated {@link UserProfileUpdate} model,
 * so a field added to the spec is enforced without a change to hand-written code.
 */
public final class ProfileFields {
  private static final Map<String, Class<?>> TYPES = readModel();

  private ProfileFields() {
  }

  /** Every required key, in the spec's order. */
  public static Set<String> names() {
    return TYPES.keySet();
  }

  /** True when {@code name} is a key of the profile body. */
  public static boolean isField(String name) {
    return TYPES.containsKey(name);
  }

  /** The Java type of a field's value: String, Integer or Boolean. */
  public static Class<?> type(String name) {
    Class<?> type = TYPES.get(name);
    if (type == null) {
      throw unknownField(name);
    }
    return type;
  }

  /** The keys of {@code body} that are missing or {@code null}, in the spec's order. */
  public static List<String> missingOrNull(JsonObject body) {
    List<String> missing = new ArrayList<>();
    for (String name : TYPES.keySet()) {
      JsonElement value = body.get(name);
      if (value == null || value.isJsonNull()) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** The keys of {@code body} that are not profile fields (such as the response-only {@code uiIdentityId}). */
  public static List<String> unknownKeys(JsonObject body) {
    List<String> unknown = new ArrayList<>();
    for (String key : body.keySet()) {
      if (!TYPES.containsKey(key)) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  /** The rejection for a name that is not a profile field, listing the valid names. */
  static InvalidProfileException unknownField(String name) {
    return new InvalidProfileException(List.of(Violation.of(String.valueOf(name), "known field",
        "is not a field of a user's profile; valid fields are " + String.join(", ", TYPES.keySet()),
        name)));
  }

  private static Map<String, Class<?>> readModel() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (java.lang.reflect.Field f : UserProfileUpdate.class.getDeclaredFields()) {
      SerializedName name = f.getAnnotation(SerializedName.class);
      if (name != null && !Modifier.isStatic(f.getModifiers())) {
        types.put(name.value(), f.getType());
      }
    }
    return Collections.unmodifiableMap(types);
  }
}
