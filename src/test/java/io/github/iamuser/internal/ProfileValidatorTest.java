package io.github.iamuser.internal;

import static io.github.iamuser.testkit.Profiles.usUser;
import static io.github.iamuser.testkit.Profiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per documented rule, with the message each gives. */
class ProfileValidatorTest {
    private final ProfileValidator validator = new ProfileValidator();

    private Violation only(JsonObject profile) {
        List<Violation> found = validator.validateAll(profile);
        assertEquals(1, found.size(), () -> "expected one violation, got " + found);
        return found.get(0);
    }

    @Test
    void aValidProfileHasNoViolations() {
        assertEquals(List.of(), validator.validateAll(usUser()));
    }

    @Test
    void firstNameLongerThanFiftyIsRefusedWithoutEchoingIt() {
        Violation v = only(with(usUser(), "firstName", "A".repeat(51)));
        assertEquals("firstName", v.field());
        assertEquals("max length", v.rule());
        assertEquals("firstName: must be 1 to 50 characters (it has 51), for example Ada", v.toString());
        assertNull(v.value(), "a name is personal data and is not echoed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u001b]0;pwned\u0007\u001b[2JCambridge",
                "Cambridge\nemail: evil@example.com",
                "Cam\tbridge",
                "Cambridge\u0085",
                "Cambridge\u007f",
                "\u0000"
            })
    void controlCharactersAreRefusedInEveryTextFieldWithoutEchoingThem(String hostile) {
        for (ProfileField field : ProfileField.values()) {
            if (field.type() != ProfileField.Type.STRING) {
                continue;
            }
            List<Violation> found =
                    validator.validate(with(usUser(), field.jsonName(), hostile), java.util.Set.of(field.jsonName()));
            Violation control = found.stream()
                    .filter(v -> v.rule().equals("no control characters"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(field.jsonName() + ": " + found));
            assertEquals(field.jsonName(), control.field());
            assertNull(control.value(), "the hostile text is not echoed");
        }
    }

    @Test
    void blankLastNameIsRefused() {
        Violation v = only(with(usUser(), "lastName", " "));
        assertEquals("lastName: must not be empty, for example Lovelace", v.toString());
    }

    @Test
    void fiftyCharacterNamesAreAccepted() {
        assertEquals(List.of(), validator.validateAll(with(usUser(), "firstName", "é".repeat(50))));
    }

    @Test
    void jobTitleLongerThanSeventyFiveIsRefused() {
        Violation v = only(with(usUser(), "jobTitle", "x".repeat(76)));
        assertEquals("jobTitle: must be at most 75 characters (it has 76), for example Chief Engineer", v.toString());
    }

    @Test
    void emptyJobTitleIsNoValueAndAccepted() {
        assertEquals(List.of(), validator.validateAll(with(usUser(), "jobTitle", "")));
    }

    @Test
    void emptyEmailIsRefused() {
        Violation v = only(with(usUser(), "email", ""));
        assertEquals("email: must not be empty, for example ada.lovelace@example.com", v.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada",
                "ada@",
                "ada@example",
                "a da@example.com",
                "@example.com",
                " ada@example.com",
                "ada@example.com."
            })
    void malformedEmailIsRefused(String email) {
        Violation v = only(with(usUser(), "email", email));
        assertEquals("email: must be an email address, for example ada.lovelace@example.com", v.toString());
        assertNull(v.value());
    }

    @Test
    void malformedSecondaryEmailIsRefusedButEmptyIsFine() {
        assertEquals(
                "secondaryEmail", only(with(usUser(), "secondaryEmail", "nope")).field());
        assertEquals(List.of(), validator.validateAll(with(usUser(), "secondaryEmail", "")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "6175550100",
                "(617) 555-0100",
                "617-555-0100",
                "617.555.0100",
                "+49 30 1234567",
                "+1 617 555 0100",
                "1-617-555-0100",
                "020 7946 0958",
                "555-0100",
                ""
            })
    void phoneFormsTheApiStoresAreAccepted(String phone) {
        assertEquals(List.of(), validator.validateAll(with(usUser(), "phone", phone)));
        assertEquals(List.of(), validator.validateAll(with(usUser(), "mobilePhone", phone)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CALL-ME-NOW",
                "617555010x",
                "+49",
                "123456",
                "1234567890123456",
                " 6175550100",
                "6175550100 ",
                "617---555-0100"
            })
    void phonesWithLettersSpacesAroundOrWrongDigitCountsAreRefused(String phone) {
        Violation v = only(with(usUser(), "phone", phone));
        assertEquals(
                "phone: must be a phone number of 7 to 15 digits, optionally led by + or ( and"
                        + " separated by spaces, dots, hyphens or parentheses, with no letters, for example 6175550100",
                v.toString());
        assertNull(v.value(), "a phone number is personal data and is not echoed");
    }

    @Test
    void emptyCountryTimeZoneAndLanguageAreEachRefused() {
        JsonObject p = with(with(with(usUser(), "country", ""), "timeZone", ""), "preferredLanguage", "");
        List<Violation> found = validator.validateAll(p);
        assertEquals(
                List.of(
                        "country: must not be empty, for example USA",
                        "preferredLanguage: must not be empty, for example English",
                        "timeZone: must not be empty, for example America/New_York"),
                found.stream().map(Violation::toString).toList());
    }

    @Test
    void stateIsRequiredForTheUsaAndCanada() {
        assertEquals(
                "state: is required when country is USA: give the state, for example MA (or TBD)",
                only(with(usUser(), "state", "")).toString());
        JsonObject canadian = with(with(with(usUser(), "country", "Canada"), "state", ""), "zipCode", "M5V 3L9");
        assertEquals(
                "state: is required when country is Canada: give the province, for example ON",
                only(canadian).toString());
    }

    @Test
    void stateMayBeEmptyElsewhere() {
        JsonObject german = with(with(with(usUser(), "country", "Germany"), "state", ""), "zipCode", "");
        assertEquals(List.of(), validator.validateAll(german));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2142", "021420", "ABCDE", "02142-12"})
    void usZipCodeMustBeFiveDigitsOrZipPlusFour(String zip) {
        Violation v = only(with(usUser(), "zipCode", zip));
        assertEquals(
                "zipCode: must be a five-digit ZIP code such as 02142, or ZIP+4 such as"
                        + " 02142-1234, when country is USA",
                v.toString());
    }

    @Test
    void zipPlusFourAndForeignPostalCodesAreAccepted() {
        assertEquals(List.of(), validator.validateAll(with(usUser(), "zipCode", "02142-1234")));
        JsonObject uk = with(with(with(usUser(), "country", "United Kingdom"), "state", ""), "zipCode", "SW1A 1AA");
        assertEquals(List.of(), validator.validateAll(uk));
    }

    @Test
    void sessionTimeOutMustBePositive() {
        Violation v = only(with(usUser(), "sessionTimeOut", 0));
        assertEquals(
                "sessionTimeOut: must be a positive number of seconds, one of the timeout policies"
                        + " such as 1800 (got '0')",
                v.toString());
    }

    @Test
    void wrongJsonTypesAreRefused() {
        JsonObject p = with(with(usUser(), "tfaEnabled", "yes"), "sessionTimeOut", "1800");
        assertEquals(
                List.of("sessionTimeOut: must be a JSON integer", "tfaEnabled: must be a JSON boolean (true or false)"),
                validator.validateAll(p).stream().map(Violation::toString).toList());
    }

    @Test
    void aFractionalTimeoutIsNotAnIntegerButATrailingZeroIs() {
        assertEquals(
                "sessionTimeOut: must be a JSON integer",
                only(with(usUser(), "sessionTimeOut", 1800.5)).toString());
        assertEquals(List.of(), validator.validateAll(with(usUser(), "sessionTimeOut", 1800.0)));
    }

    @Test
    void everyTextFieldHasAMaximumLength() {
        assertEquals(
                "city: must be at most 100 characters (it has 101), for example Cambridge",
                only(with(usUser(), "city", "c".repeat(101))).toString());
        assertEquals(List.of(), validator.validateAll(with(usUser(), "address", "😀".repeat(255))));
        assertEquals("address", only(with(usUser(), "address", "a".repeat(256))).field());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        JsonObject p = with(with(with(usUser(), "firstName", ""), "email", "x"), "phone", "abc");
        assertEquals(
                List.of("firstName", "email", "phone"),
                validator.validateAll(p).stream().map(Violation::field).toList());
    }

    @Test
    void aStoredValueThatBreaksARuleDoesNotBlockAChangeOfAnotherField() {
        JsonObject stored = with(usUser(), "phone", "ask reception");
        assertEquals(List.of(), validator.validate(stored, Set.of("jobTitle")));
        assertTrue(validator.validate(stored, Set.of("phone")).stream()
                .anyMatch(v -> v.field().equals("phone")));
    }

    @Test
    void changingTheCountryToUsaChecksTheUnchangedStateAndZip() {
        JsonObject p = with(with(usUser(), "state", ""), "zipCode", "SW1A");
        assertEquals(
                List.of("state", "zipCode"),
                validator.validate(p, Set.of("country")).stream()
                        .map(Violation::field)
                        .toList());
    }
}
