package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.options.ApiVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes a caller wants made to a profile: values to set (text in Unicode's composed form, NFC) and
 * fields to clear explicitly. Fields it does not mention, and fields set to a value canonically equal to
 * the stored one, keep the value the server holds, exactly as read.
 */
public final class ProfileChange {
    /** What "no value" is on the wire for a text field, as the spec defines it. */
    public static final String NO_VALUE = "";

    private final Map<String, JsonElement> values = new LinkedHashMap<>();
    private boolean emailChangeAllowed;

    /** Sets the first name (1 to 50 characters). */
    public ProfileChange firstName(String value) {
        return set(ProfileField.FIRST_NAME, value);
    }

    /** Sets the last name (1 to 50 characters). */
    public ProfileChange lastName(String value) {
        return set(ProfileField.LAST_NAME, value);
    }

    /** Sets the email, the login identity: also needs {@link #allowEmailChange()}. */
    public ProfileChange email(String value) {
        return set(ProfileField.EMAIL, value);
    }

    /** Sets the secondary email address. */
    public ProfileChange secondaryEmail(String value) {
        return set(ProfileField.SECONDARY_EMAIL, value);
    }

    /** Sets the phone number, e.g. {@code 6175550100}. */
    public ProfileChange phone(String value) {
        return set(ProfileField.PHONE, value);
    }

    /** Sets the mobile phone number, e.g. {@code 6175550199}. */
    public ProfileChange mobilePhone(String value) {
        return set(ProfileField.MOBILE_PHONE, value);
    }

    /** Sets the job title (at most 75 characters). */
    public ProfileChange jobTitle(String value) {
        return set(ProfileField.JOB_TITLE, value);
    }

    /** Sets the street address. */
    public ProfileChange address(String value) {
        return set(ProfileField.ADDRESS, value);
    }

    /** Sets the city. */
    public ProfileChange city(String value) {
        return set(ProfileField.CITY, value);
    }

    /** Sets the state or province (required for USA and Canada). */
    public ProfileChange state(String value) {
        return set(ProfileField.STATE, value);
    }

    /** Sets the postal code (five digits or ZIP+4 in the USA). */
    public ProfileChange zipCode(String value) {
        return set(ProfileField.ZIP_CODE, value);
    }

    /** Sets the country, as the countries lookup spells it (e.g. {@code USA}). */
    public ProfileChange country(String value) {
        return set(ProfileField.COUNTRY, value);
    }

    /** Sets the contact type, e.g. {@code Technical Decision Maker}. */
    public ProfileChange contactType(String value) {
        return set(ProfileField.CONTACT_TYPE, value);
    }

    /** Sets the preferred language, e.g. {@code English}. */
    public ProfileChange preferredLanguage(String value) {
        return set(ProfileField.PREFERRED_LANGUAGE, value);
    }

    /** Sets the time zone, e.g. {@code America/New_York}. */
    public ProfileChange timeZone(String value) {
        return set(ProfileField.TIME_ZONE, value);
    }

    /** Sets the session timeout in seconds, one of the timeout policies (e.g. 1800). */
    public ProfileChange sessionTimeOut(int seconds) {
        return put(ProfileField.SESSION_TIME_OUT, new JsonPrimitive(seconds));
    }

    /** Turns two-factor authentication on or off (IAM v2 only; v3 uses {@link #additionalAuthentication}). */
    public ProfileChange tfaEnabled(boolean enabled) {
        return put(ProfileField.TFA_ENABLED, new JsonPrimitive(enabled));
    }

    /** Sets the check after the password: TFA, MFA or NONE (IAM v3 only; v2 uses {@link #tfaEnabled}). */
    public ProfileChange additionalAuthentication(AdditionalAuthentication method) {
        if (method == null) {
            return set(
                    ProfileField.ADDITIONAL_AUTHENTICATION, (String) null); // refused, naming the field and the values
        }
        return put(ProfileField.ADDITIONAL_AUTHENTICATION, new JsonPrimitive(method.name()));
    }

    /**
     * Sets a field from text (parsed for the number and boolean fields); {@code null} is refused:
     * use {@link #clear(ProfileField)} to empty a field.
     */
    public ProfileChange set(ProfileField field, String text) {
        String name = field.jsonName();
        if (text == null) {
            String instead = field.allowedValues().isEmpty()
                    ? "to empty the field call clear(ProfileField." + field.name() + ") (command line: --clear " + name
                            + ")"
                    : "set one of " + String.join(", ", field.allowedValues());
            throw RefusedChangeException.of(name, "not null", "null is never sent; " + instead, null);
        }
        return switch (field.type()) {
            case STRING -> put(field, new JsonPrimitive(FieldDiff.nfc(text)));
            case INTEGER -> {
                try {
                    // Integer.parseInt alone also reads a leading '+' and digits of other scripts (١٨٠٠).
                    if (!text.trim().matches("-?[0-9]+")) {
                        throw new NumberFormatException();
                    }
                    yield put(field, new JsonPrimitive(Integer.parseInt(text.trim())));
                } catch (NumberFormatException e) {
                    throw RefusedChangeException.of(
                            name, "whole number", "must be a whole number of seconds, for example 1800", text);
                }
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw RefusedChangeException.of(name, "true or false", "must be true or false", text);
                }
                yield put(field, new JsonPrimitive(Boolean.parseBoolean(text)));
            }
        };
    }

    /** Sets a field by JSON name from text, as the command line's {@code --set} gives it. */
    public ProfileChange set(String fieldName, String text) {
        return set(ProfileField.named(fieldName), text);
    }

    /** Empties a text field explicitly: it goes out as {@code ""}, the spec's "no value". */
    public ProfileChange clear(ProfileField field) {
        if (field.type() != ProfileField.Type.STRING || !field.allowedValues().isEmpty()) {
            throw RefusedChangeException.of(
                    field.jsonName(),
                    "cannot be cleared",
                    "always carries a value and cannot be emptied; set a value instead",
                    null);
        }
        return put(field, new JsonPrimitive(NO_VALUE));
    }

    /** Empties a text field by JSON name, as the command line's {@code --clear} gives it. */
    public ProfileChange clear(String fieldName) {
        return clear(ProfileField.named(fieldName));
    }

    /** The fields of this change that a request to {@code version} cannot carry, each saying what to use instead. */
    public List<Violation> refusedIn(ApiVersion version) {
        return values.keySet().stream()
                .flatMap(name -> ProfileField.named(name).refusedIn(version).stream())
                .toList();
    }

    /** Confirms that changing the email, the user's login identity, is intended. */
    public ProfileChange allowEmailChange() {
        this.emailChangeAllowed = true;
        return this;
    }

    /** True when {@link #allowEmailChange()} was called. */
    public boolean emailChangeAllowed() {
        return emailChangeAllowed;
    }

    /** The fields this change sets or clears, by JSON name, with their new JSON values. */
    public Map<String, JsonElement> values() {
        return Collections.unmodifiableMap(values);
    }

    /** A copy of {@code profile} with this change applied; a value canonically equal to the stored one keeps it. */
    public JsonObject applyTo(JsonObject profile) {
        JsonObject after = profile.deepCopy();
        values.forEach((name, value) -> {
            if (!FieldDiff.same(profile.get(name), value)) {
                after.add(name, value.deepCopy());
            }
        });
        return after;
    }

    private ProfileChange put(ProfileField field, JsonElement value) {
        values.put(field.jsonName(), value);
        return this;
    }
}
