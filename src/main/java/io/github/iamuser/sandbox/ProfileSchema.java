package io.github.iamuser.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of the {@code UserProfileUpdate} body, as {@code openapi/iam-v2-users.yaml} states them. */
final class ProfileSchema {
  /** The 17 keys of the body, in the order the spec lists them. */
  static final List<String> FIELDS = List.of(
      "firstName", "lastName", "email", "secondaryEmail", "phone", "mobilePhone", "jobTitle",
      "address", "city", "state", "zipCode", "country", "contactType", "preferredLanguage",
      "timeZone", "sessionTimeOut", "tfaEnabled");

  /** Fields that must be present and non-empty (a missing key would erase a value the user must have). */
  static final Set<String> REQUIRED_TEXT =
      Set.of("firstName", "lastName", "email", "country", "timeZone", "preferredLanguage");

  /** The integer field; every other field but {@link #BOOLEAN} is a string. */
  static final String INTEGER = "sessionTimeOut";

  /** The boolean field. */
  static final String BOOLEAN = "tfaEnabled";

  /** Maximum lengths in characters. */
  static final Map<String, Integer> MAX_LENGTH = Map.of("firstName", 50, "lastName", 50, "jobTitle", 75);

  /** The spec's pattern of an email address (and of a non-empty secondary email). */
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The spec's pattern of a non-empty phone or mobile phone number. */
  static final Pattern PHONE = Pattern.compile("^[+(]?[0-9][0-9 ().\\-]{5,30}$");

  private ProfileSchema() {
  }
}
