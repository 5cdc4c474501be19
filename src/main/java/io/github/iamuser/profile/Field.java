package io.github.iamuser.profile;

import java.util.Arrays;
import java.util.Optional;

/** The 17 fields of a user's profile, by their JSON names, for typed changes such as {@code clear(Field.MOBILE_PHONE)}. */
public enum Field {
  FIRST_NAME("firstName"),
  LAST_NAME("lastName"),
  EMAIL("email"),
  SECONDARY_EMAIL("secondaryEmail"),
  PHONE("phone"),
  MOBILE_PHONE("mobilePhone"),
  JOB_TITLE("jobTitle"),
  ADDRESS("address"),
  CITY("city"),
  STATE("state"),
  ZIP_CODE("zipCode"),
  COUNTRY("country"),
  CONTACT_TYPE("contactType"),
  PREFERRED_LANGUAGE("preferredLanguage"),
  TIME_ZONE("timeZone"),
  SESSION_TIME_OUT("sessionTimeOut"),
  TFA_ENABLED("tfaEnabled");

  private final String jsonName;

  Field(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field's key in the request and response JSON, e.g. {@code mobilePhone}. */
  public String jsonName() {
    return jsonName;
  }

  /** The field with this JSON name, if it is one of the 17. */
  public static Optional<Field> fromJsonName(String name) {
    return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
  }
}
