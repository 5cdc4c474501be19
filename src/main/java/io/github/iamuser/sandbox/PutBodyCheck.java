package io.github.iamuser.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a PUT basic-info body against {@link ProfileSchema} and the lookups, one error per bad field. */
final class PutBodyCheck {
  private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);
  private static final String LOOKUPS = "/identity-management/v2/user-admin/common/";

  private PutBodyCheck() {
  }

  /** One invalid field (or {@code body} when the body as a whole is wrong) and what to do about it. */
  record FieldError(String field, String detail) {
  }

  /** The parsed profile when {@code errors} is empty. */
  record Result(JsonObject profile, List<FieldError> errors) {
  }

  /** Parses and checks the body text; every key present is checked, and a missing key is erased later. */
  static Result validate(String body) {
    JsonElement parsed;
    try {
      parsed = parseStrictly(body);
    } catch (IOException | RuntimeException e) {
      return failure("body", "The body is not valid JSON (" + e.getMessage() + "): send one JSON"
          + " object with the 17 profile fields.");
    }
    if (!parsed.isJsonObject()) {
      return failure("body", "The body must be a JSON object with the 17 profile fields, not "
          + typeOf(parsed) + ".");
    }
    JsonObject profile = parsed.getAsJsonObject();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String key : profile.keySet()) {
      if (!ProfileSchema.FIELDS.contains(key)) {
        errors.put(key, key + " is not a profile field: remove it. Only the 17 profile fields may"
            + " be sent; server-managed members such as uiIdentityId are read-only.");
      }
    }
    for (String field : ProfileSchema.FIELDS) {
      String problem = fieldProblem(field, profile.get(field));
      if (problem != null) {
        errors.put(field, problem);
      }
    }
    if (!errors.containsKey("country") && !errors.containsKey("state")) {
      String problem = stateProblem(profile);
      if (problem != null) {
        errors.put("state", problem);
      }
    }
    List<FieldError> list = new ArrayList<>();
    errors.forEach((field, detail) -> list.add(new FieldError(field, detail)));
    return new Result(list.isEmpty() ? profile : null, List.copyOf(list));
  }

  private static JsonElement parseStrictly(String body) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(body));
    reader.setStrictness(Strictness.STRICT);
    JsonElement element = JSON.read(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new IOException("more data after the JSON value");
    }
    return element;
  }

  private static String fieldProblem(String field, JsonElement value) {
    if (value == null) {
      return ProfileSchema.REQUIRED_TEXT.contains(field) ? field + " is missing: a missing key"
          + " erases the field, and " + field + " must not be empty. Send the current value." : null;
    }
    if (value.isJsonNull()) {
      return field + " is null: send \"\" for no value (or the value itself), never null.";
    }
    if (field.equals(ProfileSchema.BOOLEAN)) {
      return isBoolean(value) ? null
          : field + " must be a JSON boolean, not " + typeOf(value) + ": send true or false.";
    }
    if (field.equals(ProfileSchema.INTEGER)) {
      return timeoutProblem(field, value);
    }
    if (!(value instanceof JsonPrimitive primitive && primitive.isString())) {
      return field + " must be a JSON string, not " + typeOf(value) + ": send the text in quotes"
          + " (\"\" for no value).";
    }
    return textProblem(field, value.getAsString());
  }

  private static String timeoutProblem(String field, JsonElement value) {
    if (!(value instanceof JsonPrimitive primitive && primitive.isNumber())
        || primitive.getAsBigDecimal().stripTrailingZeros().scale() > 0) {
      return field + " must be a JSON integer number of seconds, not " + typeOf(value)
          + ": send a number such as 1800.";
    }
    BigDecimal seconds = primitive.getAsBigDecimal();
    boolean known = seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
        && SandboxLookups.isTimeout(seconds.longValue());
    return known ? null : field + " " + seconds.toPlainString() + " is not one of the timeout"
        + " policies (" + LOOKUPS + "timeout-policies): use one of their values "
        + SandboxLookups.TIMEOUT_POLICIES.stream().map(p -> p.getValue().toString()).toList() + ".";
  }

  private static String textProblem(String field, String text) {
    if (ProfileSchema.REQUIRED_TEXT.contains(field) && text.isBlank()) {
      return field + " must not be empty: send the user's " + field + ".";
    }
    Integer max = ProfileSchema.MAX_LENGTH.get(field);
    int length = text.codePointCount(0, text.length());
    if (max != null && length > max) {
      return field + " is " + length + " characters long, more than the " + max
          + " allowed: shorten it.";
    }
    return switch (field) {
      case "email" -> ProfileSchema.EMAIL.matcher(text).matches() ? null
          : "email '" + text + "' is not an email address: send one like name@example.com.";
      case "secondaryEmail" -> text.isEmpty() || ProfileSchema.EMAIL.matcher(text).matches() ? null
          : "secondaryEmail '" + text + "' is not an email address: send one like"
              + " name@example.com, or \"\" for none.";
      case "phone", "mobilePhone" -> text.isEmpty() || ProfileSchema.PHONE.matcher(text).matches()
          ? null : field + " '" + text + "' is not a phone number (digits, spaces and + ( ) . -"
              + " only): send digits such as 6175550100, or \"\" for none.";
      case "country" -> lookupProblem(field, text, SandboxLookups.COUNTRIES, "countries");
      case "contactType" -> text.isEmpty() ? null
          : lookupProblem(field, text, SandboxLookups.CONTACT_TYPES, "contact-types");
      case "preferredLanguage" ->
          lookupProblem(field, text, SandboxLookups.LANGUAGES, "supported-languages");
      case "timeZone" -> SandboxLookups.isTimeZone(text) ? null : "timeZone '" + text + "' is not"
          + " one of the time zones (" + LOOKUPS + "timezones): use a timezone value from it,"
          + " such as America/New_York.";
      default -> null;
    };
  }

  private static String lookupProblem(String field, String text, List<String> values, String lookup) {
    return values.contains(text) ? null : field + " '" + text + "' is not one of the " + lookup
        + " lookup (" + LOOKUPS + lookup + "): use a value from it, such as " + values.get(0) + ".";
  }

  /** A state is required, and must be one of the lookup, only for the USA (or TBD) and Canada. */
  private static String stateProblem(JsonObject profile) {
    String country = profile.get("country").getAsString();
    List<String> states = SandboxLookups.statesOf(country);
    if (states == null || states.isEmpty()) {
      return null;
    }
    JsonElement stateValue = profile.get("state");
    String state = stateValue == null ? "" : stateValue.getAsString();
    boolean usa = country.equals("USA");
    String orTbd = usa ? ", or " + SandboxLookups.US_PLACEHOLDER_STATE : "";
    String where = LOOKUPS + "countries/" + country + "/states";
    if (state.isEmpty()) {
      return "state is required when country is " + country + ": send one of " + where + orTbd + ".";
    }
    boolean accepted = states.contains(state)
        || usa && state.equals(SandboxLookups.US_PLACEHOLDER_STATE);
    return accepted ? null : "state '" + state + "' is not a state of " + country + " (" + where
        + "): use one of them" + orTbd + ".";
  }

  private static boolean isBoolean(JsonElement value) {
    return value instanceof JsonPrimitive primitive && primitive.isBoolean();
  }

  private static String typeOf(JsonElement value) {
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    if (value.isJsonNull()) {
      return "null";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    return primitive.isString() ? "a string" : primitive.isBoolean() ? "a boolean" : "a number";
  }

  private static Result failure(String field, String detail) {
    return new Result(null, List.of(new FieldError(field, detail)));
  }
}
