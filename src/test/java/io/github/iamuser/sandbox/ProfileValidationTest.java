package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SandboxUsers.CANADIAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.GERMAN_USER;
import static io.github.iamuser.sandbox.SandboxUsers.US_USER;
import static io.github.iamuser.sandbox.SignedClient.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.options.ApiVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The PUT body schema is enforced: each problem is a 400 entry naming its field, and nothing is stored. */
class ProfileValidationTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                bad("a response-only key", p -> set(p, "uiIdentityId", new JsonPrimitive(US_USER)), "uiIdentityId"),
                bad("an unknown key", p -> set(p, "nickname", new JsonPrimitive("Ada")), "nickname"),
                bad("a number for a string", p -> set(p, "firstName", new JsonPrimitive(7)), "firstName"),
                bad("an object for a string", p -> set(p, "city", new JsonObject()), "city"),
                bad(
                        "a string for the timeout",
                        p -> set(p, "sessionTimeOut", new JsonPrimitive("1800")),
                        "sessionTimeOut"),
                bad(
                        "a fraction for the timeout",
                        p -> set(p, "sessionTimeOut", new JsonPrimitive(1800.5)),
                        "sessionTimeOut"),
                bad("a string for tfaEnabled", p -> set(p, "tfaEnabled", new JsonPrimitive("true")), "tfaEnabled"),
                bad("null for an optional field", p -> set(p, "jobTitle", JsonNull.INSTANCE), "jobTitle"),
                bad("null for a required field", p -> set(p, "email", JsonNull.INSTANCE), "email"),
                bad("a 51-character first name", p -> text(p, "firstName", "x".repeat(51)), "firstName"),
                bad("a 51-character last name", p -> text(p, "lastName", "é".repeat(51)), "lastName"),
                bad("a 76-character job title", p -> text(p, "jobTitle", "j".repeat(76)), "jobTitle"),
                bad("an empty first name", p -> text(p, "firstName", ""), "firstName"),
                bad("a blank last name", p -> text(p, "lastName", "   "), "lastName"),
                bad("an empty email", p -> text(p, "email", ""), "email"),
                bad("an empty country", p -> text(p, "country", ""), "country"),
                bad("an empty time zone", p -> text(p, "timeZone", ""), "timeZone"),
                bad("an empty language", p -> text(p, "preferredLanguage", ""), "preferredLanguage"),
                bad("a missing first name", p -> without(p, "firstName"), "firstName"),
                bad("a missing email", p -> without(p, "email"), "email"),
                bad("an email without @", p -> text(p, "email", "ada.example.com"), "email"),
                bad("a secondary email without domain", p -> text(p, "secondaryEmail", "ada@"), "secondaryEmail"),
                bad("letters in the phone", p -> text(p, "phone", "call me"), "phone"),
                bad("letters in the mobile phone", p -> text(p, "mobilePhone", "n/a"), "mobilePhone"),
                bad("a phone with a leading space", p -> text(p, "phone", " 6175550100"), "phone"),
                bad("a 256-character address", p -> text(p, "address", "a".repeat(256)), "address"),
                bad("a four-digit US ZIP code", p -> text(p, "zipCode", "2142"), "zipCode"),
                bad("an unknown country", p -> text(p, "country", "Atlantis"), "country"),
                bad("an unknown US state", p -> text(p, "state", "ZZ"), "state"),
                bad("an empty US state", p -> text(p, "state", ""), "state"),
                bad("a missing US state", p -> without(p, "state"), "state"),
                bad("a Canadian province for the USA", p -> text(p, "state", "ON"), "state"),
                bad("a US state for Canada", p -> text(text(p, "country", "Canada"), "state", "MA"), "state"),
                bad("an unknown contact type", p -> text(p, "contactType", "Janitor"), "contactType"),
                bad("an unknown language", p -> text(p, "preferredLanguage", "Klingon"), "preferredLanguage"),
                bad("an unknown time zone", p -> text(p, "timeZone", "Mars/Olympus"), "timeZone"),
                bad(
                        "a timeout no policy has",
                        p -> set(p, "sessionTimeOut", new JsonPrimitive(1000)),
                        "sessionTimeOut"),
                bad(
                        "several problems at once",
                        p -> set(
                                text(text(p, "firstName", ""), "timeZone", "Nowhere"),
                                "isLocked",
                                new JsonPrimitive(true)),
                        "isLocked",
                        "firstName",
                        "timeZone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidBodyIsA400NamingEachFieldAndChangesNothing(
            String name, UnaryOperator<JsonObject> change, List<String> fields) {
        JsonObject before = SANDBOX.sandbox().user(null, US_USER);
        JsonObject problem = expect400(change.apply(Profiles.updateFrom(before)).toString());
        assertEquals(fields, fieldsOf(problem));
        for (JsonElement error : problem.getAsJsonArray("errors")) {
            String field = error.getAsJsonObject().get("field").getAsString();
            String detail = error.getAsJsonObject().get("detail").getAsString();
            assertTrue(
                    detail.startsWith(field + " ") && detail.contains(":"),
                    "names the field and what to do: " + detail);
        }
        assertEquals(before, SANDBOX.sandbox().user(null, US_USER), "a rejected PUT stores nothing");
    }

    @Test
    void theProblemDocumentHasIamsValidationShape() {
        JsonObject problem = expect400(
                Profiles.with(Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER)), "firstName", "x".repeat(51))
                        .toString());
        assertEquals("/useradmin-api/error-types/1301", problem.get("type").getAsString());
        assertEquals("Validation Exception", problem.get("title").getAsString());
        assertEquals(400, problem.get("statusCode").getAsInt());
        assertEquals(400, problem.get("httpStatus").getAsInt());
        assertEquals(
                "firstName is 51 characters long, more than the 50 allowed: shorten it.",
                problem.getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("detail")
                        .getAsString());
    }

    @Test
    void aV3PutRefusesEmptyTextForAnOptionalFieldAsAkamaisReferenceDoes() {
        JsonObject profile = Profiles.updateFrom(
                SANDBOX.client().getUser(ApiVersion.V3, null, US_USER).object(), ApiVersion.V3);

        for (String field : List.of("mobilePhone", "secondaryEmail", "jobTitle", "zipCode")) {
            SignedClient.Answer refused =
                    SANDBOX.client().putProfile(ApiVersion.V3, null, US_USER, Profiles.with(profile, field, ""));
            assertEquals(
                    "Request body property " + field + " must NOT have fewer than 1 characters: leave " + field
                            + " out for no value (a key left out erases the field).",
                    refused.onlyError(field),
                    field);
        }
        assertEquals(
                profile,
                Profiles.updateFrom(
                        SANDBOX.client().getUser(ApiVersion.V3, null, US_USER).object(), ApiVersion.V3),
                "nothing stored");
    }

    @Test
    void malformedJsonIsA400AboutTheBody() {
        for (String body :
                List.of("", "{", "{\"firstName\":'Ada'}", "{\"firstName\":\"Ada\"} trailing", "[1,2]", "\"text\"")) {
            assertEquals(List.of("body"), fieldsOf(expect400(body)), body);
        }
    }

    @Test
    void valuesTheApiAcceptsAreAccepted() {
        JsonObject us = Profiles.updateFrom(SANDBOX.sandbox().user(null, US_USER));
        for (JsonObject profile : List.of(
                Profiles.with(us, "state", "TBD"),
                Profiles.with(us, "contactType", ""),
                Profiles.with(us, "phone", "(617) 555-0100"),
                Profiles.with(us, "phone", "+1 617.555.0100"),
                Profiles.with(us, "jobTitle", "j".repeat(75)),
                Profiles.with(us, "firstName", "名".repeat(50)),
                Profiles.with(us, "secondaryEmail", ""),
                Profiles.with(Profiles.with(us, "country", "Japan"), "state", ""),
                // a state is one of the states lookup only for the USA and Canada, the countries it lists states of
                Profiles.with(Profiles.with(us, "country", "Japan"), "state", "Tokyo"))) {
            SignedClient.Answer answer = SANDBOX.client().putProfile(null, US_USER, profile);
            assertEquals(200, answer.status(), profile + " -> " + answer.body());
        }
        JsonObject timeout = us.deepCopy();
        timeout.addProperty("sessionTimeOut", 64800.0);
        assertEquals(200, SANDBOX.client().putProfile(null, US_USER, timeout).status(), "64800.0 is an integer");
    }

    @Test
    void theStoredValuesOfTheSeededUsersPassTheirOwnSchema() {
        for (String user : List.of(US_USER, CANADIAN_USER, GERMAN_USER, SandboxUsers.loadUser(0))) {
            assertEquals(
                    List.of(),
                    PutBodyCheck.validate(
                                    Profiles.updateFrom(SANDBOX.sandbox().user(null, user))
                                            .toString()
                                            .getBytes(StandardCharsets.UTF_8),
                                    ApiVersion.V2)
                            .errors(),
                    user);
        }
    }

    private static JsonObject expect400(String body) {
        SignedClient.Answer answer = SANDBOX.client().put(USERS + US_USER + "/basic-info", body);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        return answer.object();
    }

    private static List<String> fieldsOf(JsonObject problem) {
        JsonArray errors = problem.getAsJsonArray("errors");
        return StreamSupport.stream(errors.spliterator(), false)
                .map(e -> e.getAsJsonObject().get("field").getAsString())
                .toList();
    }

    private static Arguments bad(String name, UnaryOperator<JsonObject> change, String... fields) {
        return Arguments.of(name, change, List.of(fields));
    }

    private static JsonObject set(JsonObject profile, String field, JsonElement value) {
        JsonObject copy = profile.deepCopy();
        copy.add(field, value);
        return copy;
    }

    private static JsonObject text(JsonObject profile, String field, String value) {
        return Profiles.with(profile, field, value);
    }

    private static JsonObject without(JsonObject profile, String field) {
        return Profiles.without(profile, field);
    }
}
