package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a complete profile against the documented rules of "Update a user's profile" and reports
 * every broken rule at once. Only rules that touch a changed field are checked, so a value the
 * server already holds never blocks an update of another field.
 */
public final class ProfileValidator {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
  private static final Pattern PHONE_CHARACTERS = Pattern.compile("^\\+?[0-9 ().\\-]+$");
  private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");

  /** Reports every broken rule of a profile that is sent whole, as if every field changed. */
  public List<Violation> validateAll(JsonObject profile) {
    return validate(profile, ProfileFields.names());
  }

  /** Reports the broken rules of {@code profile} that involve at least one of the {@code changed} fields. */
  public List<Violation> validate(JsonObject profile, Set<String> changed) {
    Checks checks = new Checks(profile, changed);
    checks.types();
    checks.name("firstName", "Ada");
    checks.name("lastName", "Lovelace");
    checks.required("email", "ada@example.com");
    checks.email("email");
    checks.email("secondaryEmail");
    checks.phone("phone");
    checks.phone("mobilePhone");
    checks.maxLength("jobTitle", 75, "Chief Engineer");
    checks.required("country", "USA");
    checks.required("timeZone", "America/New_York");
    checks.required("preferredLanguage", "English");
    checks.sessionTimeOut();
    checks.stateForCountry();
    checks.usZipCode();
    return checks.found;
  }

  /** Accumulates violations for one profile. */
  private static final class Checks {
    private final JsonObject profile;
    private final Set<String> changed;
    private final List<Violation> found = new ArrayList<>();

    Checks(JsonObject profile, Set<String> changed) {
      this.profile = profile;
      this.changed = changed;
    }

    void types() {
      for (String name : ProfileFields.names()) {
        JsonElement value = profile.get(name);
        if (!changed.contains(name) || value == null || value.isJsonNull()) {
          continue; // completeness is checked by the planner, for every field, changed or not
        }
        Class<?> type = ProfileFields.type(name);
        boolean ok = value.isJsonPrimitive() && (type == String.class
            ? value.getAsJsonPrimitive().isString()
            : type == Boolean.class ? value.getAsJsonPrimitive().isBoolean()
            : value.getAsJsonPrimitive().isNumber());
        if (!ok) {
          found.add(Violation.of(name, "type", "must be a JSON " + jsonType(type), null));
        }
      }
    }

    void name(String field, String example) {
      String value = changedText(field);
      if (value == null) {
        return;
      }
      int length = value.codePointCount(0, value.length());
      if (value.isBlank() || length > 50) {
        found.add(Violation.personal(field, "length 1 to 50", "must be 1 to 50 characters (it has "
            + length + "), for example " + example));
      }
    }

    void required(String field, String example) {
      String value = changedText(field);
      if (value != null && value.isBlank()) {
        found.add(Violation.of(field, "required", "must not be empty, for example " + example, null));
      }
    }

    void email(String field) {
      String value = changedText(field);
      if (value != null && !value.isEmpty() && !EMAIL.matcher(value).matches()) {
        found.add(Violation.personal(field, "email address",
            "must be an email address such as ada@example.com"));
      }
    }

    void phone(String field) {
      String value = changedText(field);
      if (value == null || value.isEmpty()) {
        return;
      }
      long digits = value.chars().filter(Character::isDigit).count();
      boolean international = value.startsWith("+");
      boolean ok = PHONE_CHARACTERS.matcher(value).matches()
          && (international ? digits >= 7 && digits <= 15
              : digits == 10 || (digits == 11 && value.replaceAll("\\D", "").startsWith("1")));
      if (!ok) {
        found.add(Violation.personal(field, "phone number", "must be a ten-digit number such as"
            + " 6175550100 (forms like (617) 555-0100 and +49 30 1234567 are accepted too),"
            + " with no letters"));
      }
    }

    void maxLength(String field, int max, String example) {
      String value = changedText(field);
      if (value != null && value.codePointCount(0, value.length()) > max) {
        found.add(Violation.of(field, "length at most " + max, "must be at most " + max
            + " characters (it has " + value.codePointCount(0, value.length())
            + "), for example " + example, null));
      }
    }

    void sessionTimeOut() {
      JsonElement value = profile.get("sessionTimeOut");
      if (changed.contains("sessionTimeOut") && value != null && value.isJsonPrimitive()
          && value.getAsJsonPrimitive().isNumber() && value.getAsDouble() <= 0) {
        found.add(Violation.of("sessionTimeOut", "positive", "must be a positive number of seconds,"
            + " one of the timeout policies such as 1800", value.getAsString()));
      }
    }

    void stateForCountry() {
      if (!changed.contains("state") && !changed.contains("country")) {
        return;
      }
      String country = text("country");
      String state = text("state");
      if (("USA".equals(country) || "Canada".equals(country)) && state != null && state.isBlank()) {
        found.add(Violation.of("state", "required for " + country, "is required when country is "
            + country + ": give the " + ("USA".equals(country) ? "state, for example MA (or TBD)"
            : "province, for example ON"), null));
      }
    }

    void usZipCode() {
      if (!changed.contains("zipCode") && !changed.contains("country")) {
        return;
      }
      String zip = text("zipCode");
      if ("USA".equals(text("country")) && zip != null && !zip.isEmpty()
          && !ZIP.matcher(zip).matches()) {
        found.add(Violation.personal("zipCode", "US ZIP code", "must be a five-digit ZIP code such as"
            + " 02142, or ZIP+4 such as 02142-1234, when country is USA"));
      }
    }

    private String text(String field) {
      JsonElement value = profile.get(field);
      return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
          ? value.getAsString() : null;
    }

    /** The text of a field the change touches; null when it is untouched or not a string. */
    private String changedText(String field) {
      return changed.contains(field) ? text(field) : null;
    }

    private static String jsonType(Class<?> type) {
      return type == String.class ? "string" : type == Boolean.class ? "boolean (true or false)"
          : "number";
    }
  }
}
