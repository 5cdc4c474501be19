package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.v3.api.UsersApi;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.generated.v3.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.UserSummary;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.AdditionalAuthentication;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.ProfileUpdateResult;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.spec.OpenApiSpec;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An IAM v3 client against the answers Akamai's published IAM v3 reference documents: the fixtures in
 * {@code src/test/resources/reference/v3/} are its examples (see openapi/REFERENCE.md), served by a
 * loopback server to signed calls. They must parse, unknown members must be tolerated, a safe update
 * built on the documented user must send a body the reference's request schema accepts, and the
 * reference's request schema must accept our spec's complete request example. The documented list of
 * users is read through the generated v3 interface on the client's stack.
 */
class AkamaiReferenceExamplesV3Test {
    private MockWebServer server;
    private IamClient iam;
    private UsersApi users;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V3)
                .build();
        users = iam.usersApi();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void theDocumentedUserParsesWithEveryOptionalMember() throws Exception {
        server.enqueue(json(fixture("get-user.json")));

        User user = (User) iam.getUser("A-B-123456", GetUserOptions.all());

        RecordedRequest get = server.takeRequest();
        assertEquals(
                "/identity-management/v3/user-admin/ui-identities/A-B-123456"
                        + "?actions=true&authGrants=true&notifications=true",
                get.getPath());
        assertTrue(get.getHeader("Authorization").startsWith("EG1-HMAC-SHA256 "));
        assertEquals("John", user.getFirstName());
        assertEquals("TFA", user.getAdditionalAuthentication());
        assertFalse(user.getAdditionalAuthenticationConfigured());
        assertEquals(14400, user.getSessionTimeOut());
        assertTrue(user.getNotifications().getOptions().getApiClientCredentialExpiryNotification());
        assertEquals(
                List.of("EdgeScape", "EdgeSuite (HTTP Content Delivery)"),
                user.getNotifications().getOptions().getProactive());
        assertTrue(user.getActions().getIsCloneable());
        AuthGrant grant = user.getAuthGrants().get(0);
        assertEquals(12345L, grant.getGroupId());
        assertEquals("admin", grant.getRoleName());
    }

    @Test
    void membersNoDocumentListsAreTolerated() throws Exception {
        JsonObject user = JsonParser.parseString(fixture("get-user.json")).getAsJsonObject();
        user.addProperty("userStatus", "ACTIVE");
        user.addProperty("additionalAuthentication", "PASSKEY");
        user.getAsJsonObject("notifications").addProperty("enable", true);
        user.getAsJsonObject("actions").addProperty("someFutureAction", false);
        server.enqueue(json(user.toString()));

        User read = (User) iam.getUser("A-B-123456");

        assertEquals("jsmith@example.com", read.getEmail());
        assertEquals("PASSKEY", read.getAdditionalAuthentication());
    }

    @Test
    void theDocumentedListOfUsersParses() throws Exception {
        server.enqueue(json(fixture("list-users.json")));

        List<UserSummary> listed =
                users.listUsers(null, true, true, null).execute().body();

        assertEquals(
                "/identity-management/v3/user-admin/ui-identities?actions=true&authGrants=true",
                server.takeRequest().getPath());
        UserSummary user = listed.get(0);
        assertEquals("A-B-123456", user.getUiIdentityId());
        assertEquals("TFA", user.getAdditionalAuthentication());
        assertFalse(user.getTfaEnabled());
        assertFalse(user.getActions().getCanEditMFA());
        assertTrue(user.getActions().getEditProfile());
        assertEquals("Admin for Account Roles", user.getAuthGrants().get(1).getRoleName());
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("contact-types.json", "/common/contact-types", (Lookup) Lookups::contactTypes),
                Arguments.of("countries.json", "/common/countries", (Lookup) Lookups::countries),
                Arguments.of("states-Canada.json", "/common/countries/Canada/states", (Lookup) l -> l.states("Canada")),
                Arguments.of("supported-languages.json", "/common/supported-languages", (Lookup)
                        Lookups::supportedLanguages),
                Arguments.of("timeout-policies.json", "/common/timeout-policies", (Lookup)
                        l -> l.timeoutPolicies().stream()
                                .map(p -> p.getName() + "=" + p.getValue())
                                .toList()),
                Arguments.of("timezones.json", "/common/timezones", (Lookup) l -> l.timeZones().stream()
                        .map(z -> z.getTimezone() + "|" + z.getDescription() + "|" + z.getOffset() + "|" + z.getPosix())
                        .toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void eachDocumentedLookupAnswerParsesToEveryValue(String file, String path, Lookup call) throws Exception {
        String answer = fixture(file);
        server.enqueue(json(answer));

        List<String> read = call.read(iam.lookups());

        assertEquals(
                "/identity-management/v3/user-admin" + path,
                server.takeRequest().getPath());
        assertEquals(
                AkamaiReferenceExamplesTest.flatten(
                        JsonParser.parseString(answer).getAsJsonArray()),
                read);
    }

    @Test
    void theDocumentedPutAnswerParses() throws Exception {
        server.enqueue(json(fixture("put-basic-info-response.json")));
        JsonObject body = completeSpecExample("usUser");

        User updated = iam.replaceProfile("1-ABCDE", new Gson().fromJson(body, UserProfileUpdate.class));

        assertEquals(body, JsonParser.parseString(server.takeRequest().getBody().readUtf8()));
        assertEquals("1-ABCDE", updated.getUiIdentityId());
        assertEquals("TFA", updated.getAdditionalAuthentication());
        assertEquals(30, updated.getSessionTimeOut());
    }

    @Test
    void theDocumentedRequestExampleIsRefusedBecauseItWouldEraseTheEmail() {
        UserProfileUpdate example =
                new Gson().fromJson(fixture("put-basic-info-request.json"), UserProfileUpdate.class);

        InvalidProfileException refused =
                assertThrows(InvalidProfileException.class, () -> iam.replaceProfile("A-B-123456", example));

        assertEquals(
                List.of("email"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aSafeUpdateOfTheDocumentedUserSendsABodyTheReferenceAccepts() throws Exception {
        server.enqueue(json(fixture("get-user.json")));
        server.enqueue(json(fixture("get-user.json")));

        ProfileUpdateResult result = iam.updateProfile(
                "A-B-123456", change -> change.city("San Jose").additionalAuthentication(AdditionalAuthentication.MFA));

        server.takeRequest();
        JsonObject body = JsonParser.parseString(server.takeRequest().getBody().readUtf8())
                .getAsJsonObject();
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(body));
        assertEquals(ProfileField.names(ApiVersion.V3), body.keySet());
        assertEquals("San Jose", body.get("city").getAsString());
        assertEquals("MFA", body.get("additionalAuthentication").getAsString());
        assertEquals("jsmith@example.com", body.get("email").getAsString());
        assertEquals(ProfileUpdateResult.Outcome.UPDATED, result.outcome());
    }

    @Test
    void theReferenceRequestSchemaAcceptsOurCompleteExampleWithEveryFieldSet() {
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(completeSpecExample("usUser")));
    }

    @Test
    void theReferenceRequestSchemaAcceptsOurExampleThatLeavesEmptyFieldsOut() {
        JsonObject example = completeSpecExample("noStateNoZip");
        assertFalse(example.has("state"), example.toString());
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(example));
        example.addProperty("mobilePhone", "");
        assertEquals(
                List.of("mobilePhone: length at least 1"),
                ReferenceV3RequestSchema.violations(example),
                "v2's form of no value, which the v3 reference refuses and this client no longer sends");
    }

    @Test
    void aSafeUpdateThatClearsFieldsSendsABodyTheReferenceAccepts() throws Exception {
        server.enqueue(json(fixture("get-user.json")));
        server.enqueue(json(fixture("get-user.json")));

        ProfileUpdateResult result = iam.updateProfile(
                "A-B-123456",
                change -> change.clear(ProfileField.MOBILE_PHONE)
                        .clear(ProfileField.SECONDARY_EMAIL)
                        .clear(ProfileField.JOB_TITLE));

        server.takeRequest();
        JsonObject body = JsonParser.parseString(server.takeRequest().getBody().readUtf8())
                .getAsJsonObject();
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(body));
        Set<String> kept = new LinkedHashSet<>(ProfileField.names(ApiVersion.V3));
        kept.removeAll(List.of("mobilePhone", "secondaryEmail", "jobTitle"));
        assertEquals(kept, body.keySet());
        assertEquals(body.toString(), result.requestBody());
    }

    @Test
    void theReferenceSchemaCheckFailsOnWhatItForbids() {
        JsonObject body =
                JsonParser.parseString(fixture("put-basic-info-response.json")).getAsJsonObject();
        List<String> found = ReferenceV3RequestSchema.violations(body);
        assertTrue(found.contains("uiIdentityId: not a property"), found.toString());
        assertTrue(found.contains("isLocked: not a property"), found.toString());
        JsonObject request =
                JsonParser.parseString(fixture("put-basic-info-request.json")).getAsJsonObject();
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(request));
        request.remove("timeZone");
        request.addProperty("tfaEnabled", true);
        request.addProperty("additionalAuthentication", "SMS");
        assertEquals(
                List.of(
                        "tfaEnabled: not a property",
                        "timeZone: required",
                        "additionalAuthentication: not TFA, MFA or NONE"),
                ReferenceV3RequestSchema.violations(request));
    }

    /** A request example of our v3 spec, by name. */
    static JsonObject completeSpecExample(String name) {
        Map<String, Object> examples = OpenApiSpec.load("v3")
                .examples("/identity-management/v3/user-admin/ui-identities/{uiIdentityId}/basic-info", "put", true);
        return new Gson()
                .toJsonTree(((Map<?, ?>) examples.get(name)).get("value"))
                .getAsJsonObject();
    }

    /**
     * The request schema of Akamai's v3 reference ({@code schemas/update-user-basic-info-request.yaml}
     * at the commit openapi/REFERENCE.md names), as checks: its properties and their types, its
     * {@code required} list, its lengths, its enum, and {@code additionalProperties: false}.
     */
    static final class ReferenceV3RequestSchema {
        /** Property, type, minLength, maxLength, in the order of Akamai's schema file. */
        private static final List<Object[]> PROPERTIES = List.of(
                new Object[] {"additionalAuthentication", "string", 0, 0},
                new Object[] {"address", "string", 1, 0},
                new Object[] {"city", "string", 1, 0},
                new Object[] {"contactType", "string", 1, 0},
                new Object[] {"country", "string", 1, 0},
                new Object[] {"email", "string", 0, 0},
                new Object[] {"firstName", "string", 1, 50},
                new Object[] {"jobTitle", "string", 1, 75},
                new Object[] {"lastName", "string", 1, 50},
                new Object[] {"mobilePhone", "string", 1, 0},
                new Object[] {"phone", "string", 1, 0},
                new Object[] {"preferredLanguage", "string", 1, 0},
                new Object[] {"secondaryEmail", "string", 0, 0},
                new Object[] {"sessionTimeOut", "integer", 0, 0},
                new Object[] {"state", "string", 1, 0},
                new Object[] {"timeZone", "string", 1, 0},
                new Object[] {"zipCode", "string", 1, 0});

        private static final List<String> REQUIRED =
                List.of("firstName", "lastName", "country", "preferredLanguage", "sessionTimeOut", "timeZone");
        private static final List<String> METHODS = List.of("TFA", "MFA", "NONE");

        static List<String> violations(JsonObject body) {
            List<String> found = new ArrayList<>();
            List<String> names = PROPERTIES.stream().map(p -> (String) p[0]).toList();
            body.keySet().stream().filter(k -> !names.contains(k)).forEach(k -> found.add(k + ": not a property"));
            REQUIRED.stream().filter(k -> !body.has(k)).forEach(k -> found.add(k + ": required"));
            for (String key : body.keySet()) {
                Object[] property = PROPERTIES.stream()
                        .filter(p -> p[0].equals(key))
                        .findFirst()
                        .orElse(null);
                if (property == null) {
                    continue;
                }
                JsonElement value = body.get(key);
                boolean string = property[1].equals("string");
                boolean ok = value.isJsonPrimitive()
                        && (string
                                ? value.getAsJsonPrimitive().isString()
                                : value.getAsJsonPrimitive().isNumber()
                                        && value.getAsBigDecimal().signum() >= 0);
                if (!ok) {
                    found.add(key + ": not a" + (string ? " string" : " non-negative integer"));
                    continue;
                }
                int length = string
                        ? value.getAsString()
                                .codePointCount(0, value.getAsString().length())
                        : 0;
                int min = (Integer) property[2];
                int max = (Integer) property[3];
                if (key.equals("additionalAuthentication") && !METHODS.contains(value.getAsString())) {
                    found.add(key + ": not TFA, MFA or NONE");
                } else if (max > 0 && (length < min || length > max)) {
                    found.add(key + ": length " + min + " to " + max);
                } else if (min > 0 && length < min) {
                    found.add(key + ": length at least " + min);
                }
            }
            return found;
        }
    }

    /** One lookup call of the client, its answer flattened to text for comparison with the fixture. */
    interface Lookup {
        List<String> read(Lookups lookups);
    }

    static String fixture(String name) {
        return AkamaiReferenceExamplesTest.fixture("v3", name);
    }
}
