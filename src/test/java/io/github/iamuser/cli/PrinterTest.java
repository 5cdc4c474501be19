package io.github.iamuser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.UpdateResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printer alone: how users, lists and update results print, as text and as JSON. */
class PrinterTest {
    private static final String USER_JSON = "{\"uiIdentityId\": \"A-B-1CDEFG\", \"uiUserName\": \"jdoe\","
            + " \"accountId\": \"1-ABC\", \"firstName\": \"Jo\\u001b[2J\", \"lastName\": \"Doe\"}";

    private final StringWriter text = new StringWriter();

    @Test
    void aUserPrintsItsFieldsEscapedAndAFieldTheAnswerLacksAsAbsent() {
        printer(false).user(user(USER_JSON), ApiVersion.V2, false);
        String printed = printed();
        assertTrue(printed.startsWith("User A-B-1CDEFG (jdoe, account 1-ABC)\n"), printed);
        assertTrue(printed.contains("\n  firstName          Jo\\u001b[2J\n"), printed);
        assertTrue(printed.contains("\n  lastName           Doe\n"), printed);
        assertTrue(printed.contains("\n  jobTitle           (absent)\n"), printed);
        assertEquals(1 + ProfileField.names(ApiVersion.V2).size(), printed.split("\n").length, printed);
        assertFalse(printed.contains("Role assignments"), printed);
    }

    @Test
    void inV3AnOptionalTextFieldLeftOutShowsEmpty() {
        printer(false).user(user(USER_JSON), ApiVersion.V3, false);
        String printed = printed();
        String column = "\n  %-25s %s\n"; // one wider than additionalAuthentication
        assertTrue(printed.contains(String.format(column, "secondaryEmail", "")), printed);
        assertTrue(printed.contains(String.format(column, "email", "(absent)")), "a field that always has a value");
        assertTrue(printed.contains(String.format(column, "additionalAuthentication", "(absent)")), printed);
    }

    @Test
    void withAllItPrintsRoleAssignmentsByDepthAndNotifications() {
        String json = USER_JSON.replace(
                "}",
                ", \"authGrants\": [{\"groupId\": 1, \"groupName\": \"Top\", \"roleId\": 3, \"roleName\": \"Admin\","
                        + " \"subGroups\": [{\"groupId\": 2, \"groupName\": \"Child\", \"isBlocked\": true},"
                        + " {\"groupId\": 4, \"groupName\": \"Other\"}]}],"
                        + " \"notifications\": {\"enableEmailNotifications\": true, \"options\": {\"passwordExpiry\":"
                        + " false, \"proactive\": [\"EdgeKV\", \"Luna\"], \"upgrade\": []}}}");
        printer(false).user(user(json), ApiVersion.V2, true);
        String printed = printed();
        assertTrue(
                printed.contains("Role assignments:\n  group 1 (Top): role 3 (Admin)\n    group 2 (Child): blocked\n"
                        + "    group 4 (Other): inherited\nNotifications:\n  emails on; password expiry off; new user"
                        + " (absent); API client credential expiry (absent)\n  proactive: EdgeKV, Luna\n"
                        + "  upgrade: (none)\n"),
                printed);
    }

    @Test
    void aUserWithoutNotificationsSaysSo() {
        printer(false).user(user(USER_JSON), ApiVersion.V2, true);
        assertTrue(printed().endsWith("Role assignments:\nNotifications:\n  (none in the answer)\n"), printed());
    }

    @Test
    void asJsonAUserIsItsEveryMember() {
        printer(true).user(user(USER_JSON), ApiVersion.V2, true);
        JsonObject printed = JsonParser.parseString(text.toString()).getAsJsonObject();
        assertEquals(JsonParser.parseString(USER_JSON), printed);
    }

    @Test
    void aListIsOneEscapedLineEachOrJson() {
        printer(false).list(List.of("a\u202eb", "c"), s -> "- " + s);
        assertEquals("- a\\u202eb\n- c\n", printed());
        StringWriter json = new StringWriter();
        new Printer(new PrintWriter(json, true), true).list(List.of("a\u202eb", "c"), s -> "- " + s);
        assertEquals(JsonParser.parseString("[\"a\\u202eb\", \"c\"]"), JsonParser.parseString(json.toString()));
    }

    @Test
    void anUnchangedResultSaysNothingWasSent() {
        UpdateResult<Object> unchanged = result(UpdateResult.Outcome.UNCHANGED, List.of(), null, List.of());
        assertEquals(IamUserCli.OK, printer(false).result("A-B-1CDEFG", null, unchanged));
        assertEquals(IamUserCli.OK, printer(false).result("A-B-1CDEFG", "role assignments", unchanged));
        assertEquals(
                "Nothing to change: A-B-1CDEFG already has these values. Nothing was sent.\n"
                        + "Nothing to change: A-B-1CDEFG already has these role assignments. Nothing was sent.\n",
                printed());
    }

    @Test
    void anUpdateListsItsChangesAndWarnsOfWhatTheServerStoredDifferentlyWithExitCodeThree() {
        List<FieldDiff> changes = List.of(new FieldDiff("jobTitle", null, "CTO\u001b"), new FieldDiff("city", "A", ""));
        assertEquals(
                IamUserCli.OK,
                printer(false)
                        .result("A-B-1CDEFG", null, result(UpdateResult.Outcome.UPDATED, changes, "{}", List.of())));
        assertEquals(
                "Updated A-B-1CDEFG:\n  jobTitle           (absent) -> \"CTO\\u001b\"\n  city               \"A\" -> \"\"\n"
                        + "The server stored exactly what was sent; no other field changed.\n",
                printed());
        text.getBuffer().setLength(0);
        List<FieldDiff> stored = List.of(new FieldDiff("phone", "+1 617", "6175550100"));
        assertEquals(
                IamUserCli.STORED_DIFFERENTLY,
                printer(false).result("A-B-1CDEFG", null, result(UpdateResult.Outcome.UPDATED, changes, "{}", stored)));
        assertTrue(
                printed()
                        .endsWith("Warning: the server stored these fields differently from what was sent:\n"
                                + "  phone              \"+1 617\" -> \"6175550100\"\n"),
                printed());
    }

    @Test
    void aDryRunShowsTheCompleteBodyAndCountsItsFields() {
        JsonObject v2 = new JsonObject();
        ProfileField.names(ApiVersion.V2).forEach(name -> v2.addProperty(name, "x"));
        printer(false)
                .result("A-B-1CDEFG", null, result(UpdateResult.Outcome.DRY_RUN, List.of(), v2.toString(), List.of()));
        assertTrue(
                printed().contains("It would PUT this complete body (all " + v2.size() + " fields):\n{\n"), printed());
        text.getBuffer().setLength(0);
        JsonObject v3 = new JsonObject();
        ProfileField.names(ApiVersion.V3).forEach(name -> v3.addProperty(name, "x"));
        v3.remove("secondaryEmail");
        printer(false)
                .result("A-B-1CDEFG", null, result(UpdateResult.Outcome.DRY_RUN, List.of(), v3.toString(), List.of()));
        assertTrue(
                printed()
                        .contains("It would PUT this complete body (" + v3.size()
                                + " fields; secondaryEmail left out, as IAM v3 writes no value):"),
                printed());
    }

    @Test
    void asJsonAResultNamesItsOutcomeAndAPartKeepsItsNulls() {
        UpdateResult<Object> unchanged = result(UpdateResult.Outcome.UNCHANGED, List.of(), null, List.of());
        printer(true).result("A-B-1CDEFG", null, unchanged);
        JsonObject profile = JsonParser.parseString(text.toString()).getAsJsonObject();
        assertEquals("unchanged", profile.get("outcome").getAsString());
        assertFalse(profile.has("requestBody"), "a profile's JSON leaves nulls out");
        text.getBuffer().setLength(0);
        printer(true)
                .result(
                        "A-B-1CDEFG",
                        "role assignments",
                        result(
                                UpdateResult.Outcome.DRY_RUN,
                                List.of(),
                                "[{\"groupId\": 1, \"roleId\": null}]",
                                List.of()));
        JsonObject part = JsonParser.parseString(text.toString()).getAsJsonObject();
        assertEquals("dry_run", part.get("outcome").getAsString());
        assertTrue(
                part.getAsJsonArray("requestBody").get(0).getAsJsonObject().has("roleId"),
                "a blocked group's null role");
    }

    private Printer printer(boolean json) {
        return new Printer(new PrintWriter(text, true), json);
    }

    private String printed() {
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static User user(String json) {
        return new Gson().fromJson(json, User.class);
    }

    private static UpdateResult<Object> result(
            UpdateResult.Outcome outcome, List<FieldDiff> changes, String body, List<FieldDiff> differences) {
        return new UpdateResult<>(outcome, null, null, changes, body, differences);
    }
}
