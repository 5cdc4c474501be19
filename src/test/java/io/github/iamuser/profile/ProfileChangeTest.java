package io.github.iamuser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes are explicit: values are typed, clearing is a call of its own, and unknown names are refused. */
class ProfileChangeTest {

    @Test
    void clearWritesTheSpecsNoValue() {
        ProfileChange change = new ProfileChange().clear(ProfileField.MOBILE_PHONE);
        assertEquals(new JsonPrimitive(""), change.values().get("mobilePhone"));
    }

    @Test
    void nullIsRefusedAndPointsToClear() {
        RefusedChangeException e = assertThrows(RefusedChangeException.class, () -> new ProfileChange().jobTitle(null));
        assertEquals(
                "jobTitle: null is never sent; to empty the field call clear(ProfileField.JOB_TITLE)"
                        + " (command line: --clear jobTitle)",
                e.violations().get(0).toString());
    }

    @Test
    void unknownFieldNameListsTheValidOnes() {
        RefusedChangeException e =
                assertThrows(RefusedChangeException.class, () -> new ProfileChange().set("nickname", "Ada"));
        String message = e.violations().get(0).message();
        assertTrue(message.startsWith("is not a field of a user's profile; valid fields are firstName,"), message);
        for (ProfileField f : ProfileField.values()) {
            assertTrue(message.contains(f.jsonName()), f.jsonName());
        }
    }

    @Test
    void textIsParsedForNumberAndBooleanFields() {
        ProfileChange change = new ProfileChange().set("sessionTimeOut", "3600").set("tfaEnabled", "false");
        assertEquals(new JsonPrimitive(3600), change.values().get("sessionTimeOut"));
        assertEquals(new JsonPrimitive(false), change.values().get("tfaEnabled"));
    }

    @Test
    void badNumbersAndBooleansAreRefusedWithTheField() {
        assertEquals(
                "sessionTimeOut: must be a whole number of seconds, for example 1800 (got 'soon')",
                assertThrows(RefusedChangeException.class, () -> new ProfileChange().set("sessionTimeOut", "soon"))
                        .violations()
                        .get(0)
                        .toString());
        assertEquals(
                "tfaEnabled: must be true or false (got 'yes')",
                assertThrows(RefusedChangeException.class, () -> new ProfileChange().set("tfaEnabled", "yes"))
                        .violations()
                        .get(0)
                        .toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u0661\u0668\u0660\u0660", "\uFF11\uFF18\uFF10\uFF10", "+1800", "1800.0", "1e3"})
    void onlyAsciiDigitsMakeAWholeNumber(String text) {
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class, () -> new ProfileChange().set(ProfileField.SESSION_TIME_OUT, text));
        assertEquals(
                "sessionTimeOut: must be a whole number of seconds, for example 1800 (got '" + text + "')",
                e.violations().get(0).toString());
    }

    @Test
    void fieldsWithoutANoValueFormCannotBeCleared() {
        RefusedChangeException e = assertThrows(
                RefusedChangeException.class, () -> new ProfileChange().clear(ProfileField.SESSION_TIME_OUT));
        assertEquals(
                "sessionTimeOut: always carries a value and cannot be emptied; set a value instead",
                e.violations().get(0).toString());
    }
}
