package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.bulk.BulkRow;
import io.github.iamuser.profile.ProfileChange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** JsonlRows alone: one object per line, its members checked, errors naming the line. */
class JsonlRowsTest {
    private static final String USER = "{\"uiIdentityId\": \"A-B-1CDEFG\"";

    @Test
    void eachLineSetsAndClearsFieldsAndKeepsItsLineNumberBlankLinesCounted() throws IOException {
        List<BulkRow> rows = read("\n" + USER + ", \"set\": {\"jobTitle\": \"CTO\", \"sessionTimeOut\": 1800,"
                + " \"tfaEnabled\": true}, \"clear\": [\"mobilePhone\"]}\n   \n"
                + "{\"uiIdentityId\": \" A-B-2HIJKL \", \"accountSwitchKey\": \"1-ABC:1-2DEF\"}\n");
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertNull(rows.get(0).accountSwitchKey());
        assertEquals(
                Map.of("jobTitle", "CTO", "sessionTimeOut", "1800", "tfaEnabled", "true", "mobilePhone", ""),
                values(rows.get(0)));
        assertEquals(4, rows.get(1).line());
        assertEquals("A-B-2HIJKL", rows.get(1).uiIdentityId(), "stripped");
        assertEquals("1-ABC:1-2DEF", rows.get(1).accountSwitchKey());
        assertEquals(Map.of(), values(rows.get(1)));
    }

    @Test
    void anUnknownMemberIsRefusedNamingTheLineAndTheKnownOnes() {
        assertEquals(
                "line 2 has \"sets\", which is not one of accountSwitchKey, clear, grants, notifications, set,"
                        + " uiIdentityId.",
                refused(USER + "}\n" + USER + ", \"sets\": {}}\n"));
        assertEquals(
                "line 1 has \"grants\": {\"add\"}, which is not one of block, remove, set, unblock.",
                refused(USER + ", \"grants\": {\"add\": []}}"));
        assertTrue(refused(USER + ", \"notifications\": {\"emails\": true}}")
                .startsWith("line 1 has \"notifications\": {\"emails\"}, which is not one of email, passwordExpiry,"));
    }

    @Test
    void aLineThatIsNotOneStrictJsonObjectIsRefusedNamingIt() {
        assertTrue(refused(USER + "}\n[1]\n").startsWith("line 2 is not a JSON object (not an object); write one"));
        assertTrue(refused("{uiIdentityId: 'A-B-1CDEFG'}").startsWith("line 1 is not a JSON object ("));
        assertTrue(
                refused(USER + ", \"set\": {\"city\": \"A\", \"city\": \"B\"}}").contains("twice"));
    }

    @Test
    void everyLineNamesItsUserAsAString() {
        assertEquals("line 1 has no uiIdentityId: every line names its user.", refused("{\"set\": {}}"));
        assertEquals("line 1 has no uiIdentityId: every line names its user.", refused("{\"uiIdentityId\": \" \"}"));
        assertEquals("line 1 has a uiIdentityId that is not a string.", refused("{\"uiIdentityId\": 12}"));
        assertEquals(
                "line 1 has a accountSwitchKey that is not a string.",
                refused(USER + ", \"accountSwitchKey\": [\"1-ABC\"]}"));
    }

    @Test
    void setAndClearMustHaveTheirShapesAndNotNameAFieldTwice() {
        assertEquals(
                "line 1 has a \"set\" that is not an object of field names to values.",
                refused(USER + ", \"set\": [\"city\"]}"));
        assertEquals(
                "line 1 has a \"clear\" that is not an array of field names.",
                refused(USER + ", \"clear\": \"city\"}"));
        assertEquals("line 1 has a \"clear\" entry that is not a field name: 3.", refused(USER + ", \"clear\": [3]}"));
        assertEquals(
                "line 1: city, state is both set and cleared: give each field once.",
                refused(USER
                        + ", \"set\": {\"state\": \"MA\", \"city\": \"Salem\"}, \"clear\": [\"state\", \"city\"]}"));
        assertEquals(
                "line 1 sets city to null: give a string, number or boolean, or list the field under \"clear\" to"
                        + " empty it.",
                refused(USER + ", \"set\": {\"city\": null}}"));
        assertEquals(
                "line 1 sets city to {}: give a string, number or boolean.",
                refused(USER + ", \"set\": {\"city\": {}}}"));
    }

    @Test
    void grantsIdsAreWholeNumbersOrTheirDigits() throws IOException {
        BulkRow row = read(USER + ", \"grants\": {\"set\": {\"12345\": \"3\"}, \"remove\": [678], \"block\": [\" 9 \"],"
                        + " \"unblock\": [10]}}")
                .get(0);
        String shown = row.toString();
        for (String id : List.of("12345", "678", "9", "10")) {
            assertTrue(shown.contains(id), shown);
        }
        assertEquals(
                "line 1 has a grants set id \"x1\" that is not a whole number (ids from 'lookups groups' and"
                        + " 'lookups roles').",
                refused(USER + ", \"grants\": {\"set\": {\"x1\": 3}}}"));
        assertTrue(
                refused(USER + ", \"grants\": {\"remove\": [1.5]}}").startsWith("line 1 has a grants remove id 1.5"));
        assertEquals(
                "line 1 has a grants block that is not an array.", refused(USER + ", \"grants\": {\"block\": 5}}"));
        assertEquals(
                "line 1 has a grants \"set\" that is not an object of group ids to role ids.",
                refused(USER + ", \"grants\": {\"set\": [1]}}"));
        assertEquals("line 1 has a \"grants\" that is not an object.", refused(USER + ", \"grants\": []}"));
    }

    @Test
    void notificationsTakeTrueOrFalseAndProductNames() throws IOException {
        BulkRow row = read(USER + ", \"notifications\": {\"email\": false, \"proactiveAdd\": [\"EdgeKV\"]}}")
                .get(0);
        assertTrue(row.toString().contains("EdgeKV"), row::toString);
        assertEquals(
                "line 1 has a notifications email that is not true or false.",
                refused(USER + ", \"notifications\": {\"email\": \"false\"}}"));
        assertEquals(
                "line 1 has a notifications upgradeAdd entry that is not a product name: 7.",
                refused(USER + ", \"notifications\": {\"upgradeAdd\": [7]}}"));
    }

    private static List<BulkRow> read(String jsonl) throws IOException {
        return JsonlRows.read(new BufferedReader(new StringReader(jsonl)));
    }

    private static String refused(String jsonl) {
        return assertThrows(BulkInput.BadInput.class, () -> read(jsonl)).getMessage();
    }

    private static Map<String, String> values(BulkRow row) {
        Map<String, String> values = new TreeMap<>();
        ProfileChange change = row.change();
        change.values().forEach((field, value) -> values.put(field, value.getAsString()));
        return values;
    }
}
