package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.generated.model.AuthGrant;
import io.github.iamuser.generated.model.User;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.UserSummary;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.AdditionalAuthentication;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.Violation;
import io.github.iamuser.spec.OpenApiSpec;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.Profiles;
import io.github.iamuser.testkit.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client of each version against the answers Akamai's published IAM v2 and v3 references document: the
 * fixtures in {@code src/test/resources/reference/v2/} and {@code v3/} are their examples (see
 * openapi/REFERENCE.md), served by a loopback server to signed calls. They must parse, unknown members must be
 * tolerated, a safe update built on the documented user must send a body the version's reference request schema
 * accepts, and the v3 reference's request schema must accept our spec's complete request example. The documented
 * list of v3 users is read through the generated v3 interface on the client's stack.
 */
class AkamaiReferenceExamplesTest {
    private static final Gson GSON = new Gson();
    private MockWebServer server;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private IamClient iam(ApiVersion version) {
        return TestClients.against(server, version);
    }

    @Test
    void theDocumentedV2UserParsesWithEveryOptionalMember() throws Exception {
        server.enqueue(json(fixture(ApiVersion.V2, "get-user.json")));

        User user = (User) iam(ApiVersion.V2).getUser("A-B-123456", GetUserOptions.all());

        assertEquals(
                "/identity-management/v2/user-admin/ui-identities/A-B-123456"
                        + "?notifications=true&actions=true&authGrants=true",
                server.takeRequest().getPath());
        assertEquals("John", user.getFirstName());
        assertEquals("3456788765", user.getPhone());
        assertEquals(14400, user.getSessionTimeOut());
        assertEquals("2016-01-13T17:53:57Z", user.getLastLoginDate());
        assertTrue(user.getNotifications().getEnableEmailNotifications());
        assertTrue(user.getNotifications().getPasswordExpiry());
        assertEquals(
                List.of("EdgeScape", "EdgeSuite (HTTP Content Delivery)"),
                user.getNotifications().getProactive());
        assertEquals(
                List.of("NetStorage", "Other Upgrade Notifications (Planned)"),
                user.getNotifications().getOptions().getUpgrade());
        assertTrue(user.getActions().getIsCloneable());
        AuthGrant grant = user.getAuthGrants().get(0);
        assertEquals(12345L, grant.getGroupId());
        assertEquals("admin", grant.getRoleName());
    }

    @Test
    void theDocumentedV3UserParsesWithEveryOptionalMember() throws Exception {
        server.enqueue(json(fixture(ApiVersion.V3, "get-user.json")));

        io.github.iamuser.generated.v3.model.User user = (io.github.iamuser.generated.v3.model.User)
                iam(ApiVersion.V3).getUser("A-B-123456", GetUserOptions.all());

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
        io.github.iamuser.generated.v3.model.AuthGrant grant =
                user.getAuthGrants().get(0);
        assertEquals(12345L, grant.getGroupId());
        assertEquals("admin", grant.getRoleName());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void membersNoDocumentListsAreTolerated(ApiVersion version) {
        JsonObject user =
                JsonParser.parseString(fixture(version, "get-user.json")).getAsJsonObject();
        user.addProperty("userStatus", "ACTIVE");
        user.getAsJsonObject("notifications").addProperty("enable", true);
        user.getAsJsonObject("actions").addProperty("someFutureAction", false);
        if (version == ApiVersion.V2) {
            user.addProperty("tfaConfigured", true);
            user.getAsJsonArray("authGrants").get(0).getAsJsonObject().add("subGroups", new JsonArray());
        } else {
            user.addProperty("additionalAuthentication", "PASSKEY");
        }
        server.enqueue(json(user.toString()));

        var read = iam(version).getUser("A-B-123456", GetUserOptions.all());

        assertEquals(version == ApiVersion.V2 ? "john-doe@example.com" : "jsmith@example.com", read.getEmail());
        if (version == ApiVersion.V3) {
            assertEquals("PASSKEY", ((io.github.iamuser.generated.v3.model.User) read).getAdditionalAuthentication());
        }
    }

    @Test
    void theDocumentedListOfV3UsersParses() throws Exception {
        server.enqueue(json(fixture(ApiVersion.V3, "list-users.json")));

        List<UserSummary> listed = iam(ApiVersion.V3)
                .usersApi()
                .listUsers(null, true, true, null)
                .execute()
                .body();

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
        List<Arguments> each = List.of(
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
        return Arrays.stream(ApiVersion.values())
                .flatMap(version -> each.stream().map(a -> {
                    Object[] args = a.get();
                    return Arguments.of(version, args[0], args[1], args[2]);
                }));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lookups")
    void eachDocumentedLookupAnswerParsesToEveryValue(ApiVersion version, String file, String path, Lookup call)
            throws Exception {
        String answer = fixture(version, file);
        server.enqueue(json(answer));

        List<String> read = call.read(iam(version).lookups());

        assertEquals(
                version.pathPrefix() + "user-admin" + path, server.takeRequest().getPath());
        assertEquals(flatten(JsonParser.parseString(answer).getAsJsonArray()), read);
    }

    @Test
    void theDocumentedV2PutAnswerParses() {
        server.enqueue(json(fixture(ApiVersion.V2, "put-basic-info-response.json")));

        User updated = iam(ApiVersion.V2).replaceProfile("1-ABCDE", Profiles.completeV2Update());

        assertEquals("1-ABCDE", updated.getUiIdentityId());
        assertEquals("Engineer", updated.getJobTitle());
        assertEquals(30, updated.getSessionTimeOut());
    }

    @Test
    void theDocumentedV3PutAnswerParses() throws Exception {
        server.enqueue(json(fixture(ApiVersion.V3, "put-basic-info-response.json")));
        JsonObject body = completeSpecExample("usUser");

        io.github.iamuser.generated.v3.model.User updated = iam(ApiVersion.V3)
                .replaceProfile(
                        "1-ABCDE", GSON.fromJson(body, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));

        assertEquals(body, JsonParser.parseString(server.takeRequest().getBody().readUtf8()));
        assertEquals("1-ABCDE", updated.getUiIdentityId());
        assertEquals("TFA", updated.getAdditionalAuthentication());
        assertEquals(30, updated.getSessionTimeOut());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theDocumentedRequestExampleIsRefusedBecauseItWouldEraseTheEmail(ApiVersion version) {
        String example = fixture(version, "put-basic-info-request.json");
        IamClient iam = iam(version);

        RefusedChangeException refused = assertThrows(RefusedChangeException.class, () -> {
            if (version == ApiVersion.V2) {
                iam.replaceProfile("A-B-123456", GSON.fromJson(example, UserProfileUpdate.class));
            } else {
                iam.replaceProfile(
                        "A-B-123456",
                        GSON.fromJson(example, io.github.iamuser.generated.v3.model.UserProfileUpdate.class));
            }
        });

        assertEquals(
                List.of("email"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void aSafeUpdateOfTheDocumentedUserSendsABodyTheReferenceAccepts(ApiVersion version) throws Exception {
        server.enqueue(json(fixture(version, "get-user.json")));
        server.enqueue(json(fixture(version, "get-user.json")));
        Consumer<ProfileChange> change = version == ApiVersion.V2
                ? c -> c.city("San Jose")
                : c -> c.city("San Jose").additionalAuthentication(AdditionalAuthentication.MFA);

        UpdateResult<IamUser> result = iam(version).updateProfile("A-B-123456", change);

        server.takeRequest();
        RecordedRequest put = server.takeRequest();
        JsonObject body = JsonParser.parseString(put.getBody().readUtf8()).getAsJsonObject();
        assertEquals(List.of(), referenceViolations(version, body));
        assertEquals("San Jose", body.get("city").getAsString());
        if (version == ApiVersion.V2) {
            assertEquals("john-doe@example.com", body.get("email").getAsString());
        } else {
            assertEquals(ProfileField.names(ApiVersion.V3), body.keySet());
            assertEquals("MFA", body.get("additionalAuthentication").getAsString());
            assertEquals("jsmith@example.com", body.get("email").getAsString());
        }
        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
    }

    @Test
    void theV3ReferenceRequestSchemaAcceptsOurCompleteExampleWithEveryFieldSet() {
        assertEquals(List.of(), ReferenceV3RequestSchema.violations(completeSpecExample("usUser")));
    }

    @Test
    void theV3ReferenceRequestSchemaAcceptsOurExampleThatLeavesEmptyFieldsOut() {
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
    void aV3SafeUpdateThatClearsFieldsSendsABodyTheReferenceAccepts() throws Exception {
        server.enqueue(json(fixture(ApiVersion.V3, "get-user.json")));
        server.enqueue(json(fixture(ApiVersion.V3, "get-user.json")));

        UpdateResult<IamUser> result = iam(ApiVersion.V3)
                .updateProfile(
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
    void theV2ReferenceSchemaCheckFailsOnWhatItForbids() {
        JsonObject body = JsonParser.parseString(fixture(ApiVersion.V2, "put-basic-info-response.json"))
                .getAsJsonObject();
        assertTrue(ReferenceRequestSchema.violations(body).contains("uiIdentityId: not a property"));
        body.remove("uiIdentityId");
        assertEquals(List.of(), ReferenceRequestSchema.violations(body));
        body.remove("phone");
        body.addProperty("jobTitle", "");
        body.addProperty("tfaEnabled", "yes");
        assertEquals(
                List.of("phone: required", "jobTitle: length 1 to 75", "tfaEnabled: not a boolean"),
                ReferenceRequestSchema.violations(body));
    }

    @Test
    void theV3ReferenceSchemaCheckFailsOnWhatItForbids() {
        JsonObject body = JsonParser.parseString(fixture(ApiVersion.V3, "put-basic-info-response.json"))
                .getAsJsonObject();
        List<String> found = ReferenceV3RequestSchema.violations(body);
        assertTrue(found.contains("uiIdentityId: not a property"), found.toString());
        assertTrue(found.contains("isLocked: not a property"), found.toString());
        JsonObject request = JsonParser.parseString(fixture(ApiVersion.V3, "put-basic-info-request.json"))
                .getAsJsonObject();
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

    /** What the request schema of the version's reference finds wrong with {@code body}. */
    static List<String> referenceViolations(ApiVersion version, JsonObject body) {
        return version == ApiVersion.V2
                ? ReferenceRequestSchema.violations(body)
                : ReferenceV3RequestSchema.violations(body);
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
     * The request schema of Akamai's reference ({@code schemas/UpdateUserBasicInfoRequest.yaml} at
     * the commit openapi/REFERENCE.md names), as checks: its properties and their types, its
     * {@code required} list, its lengths, and {@code additionalProperties: false}.
     */
    static final class ReferenceRequestSchema {
        private static final Map<String, String> TYPES = Map.ofEntries(
                Map.entry("firstName", "string"),
                Map.entry("lastName", "string"),
                Map.entry("email", "string"),
                Map.entry("secondaryEmail", "string"),
                Map.entry("phone", "string"),
                Map.entry("mobilePhone", "string"),
                Map.entry("jobTitle", "string"),
                Map.entry("address", "string"),
                Map.entry("city", "string"),
                Map.entry("state", "string"),
                Map.entry("zipCode", "string"),
                Map.entry("country", "string"),
                Map.entry("contactType", "string"),
                Map.entry("preferredLanguage", "string"),
                Map.entry("timeZone", "string"),
                Map.entry("sessionTimeOut", "integer"),
                Map.entry("tfaEnabled", "boolean"));
        private static final List<String> REQUIRED = List.of(
                "firstName", "lastName", "phone", "country", "preferredLanguage", "sessionTimeOut", "contactType");
        private static final Map<String, int[]> LENGTHS =
                Map.of("firstName", new int[] {1, 50}, "lastName", new int[] {1, 50}, "jobTitle", new int[] {1, 75});

        static List<String> violations(JsonObject body) {
            List<String> found = new ArrayList<>();
            body.keySet().stream().filter(k -> !TYPES.containsKey(k)).forEach(k -> found.add(k + ": not a property"));
            REQUIRED.stream().filter(k -> !body.has(k)).forEach(k -> found.add(k + ": required"));
            for (String key : TYPES.keySet().stream()
                    .sorted(ReferenceRequestSchema::specOrder)
                    .toList()) {
                JsonElement value = body.get(key);
                if (value == null) {
                    continue;
                }
                String type = TYPES.get(key);
                boolean ok = value.isJsonPrimitive()
                        && switch (type) {
                            case "string" -> value.getAsJsonPrimitive().isString();
                            case "boolean" -> value.getAsJsonPrimitive().isBoolean();
                            default ->
                                value.getAsJsonPrimitive().isNumber()
                                        && value.getAsBigDecimal()
                                                        .stripTrailingZeros()
                                                        .scale()
                                                <= 0;
                        };
                if (!ok) {
                    found.add(key + ": not a" + (type.equals("integer") ? "n " : " ") + type);
                } else if (LENGTHS.containsKey(key)) {
                    int length = value.getAsString()
                            .codePointCount(0, value.getAsString().length());
                    int[] range = LENGTHS.get(key);
                    if (length < range[0] || length > range[1]) {
                        found.add(key + ": length " + range[0] + " to " + range[1]);
                    }
                }
            }
            return found;
        }

        private static int specOrder(String a, String b) {
            List<String> order = List.of(
                    "firstName",
                    "lastName",
                    "email",
                    "secondaryEmail",
                    "phone",
                    "mobilePhone",
                    "jobTitle",
                    "address",
                    "city",
                    "state",
                    "zipCode",
                    "country",
                    "contactType",
                    "preferredLanguage",
                    "timeZone",
                    "sessionTimeOut",
                    "tfaEnabled");
            return Integer.compare(order.indexOf(a), order.indexOf(b));
        }
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

    /** A lookup fixture as the client's read of it should look: strings as they are, objects as their values joined. */
    static List<String> flatten(JsonArray answer) {
        List<String> flat = new ArrayList<>();
        for (JsonElement item : answer) {
            if (item.isJsonPrimitive()) {
                flat.add(item.getAsString());
            } else if (item.getAsJsonObject().has("value")) {
                flat.add(item.getAsJsonObject().get("name").getAsString() + "="
                        + item.getAsJsonObject().get("value").getAsInt());
            } else {
                JsonObject zone = item.getAsJsonObject();
                flat.add(String.join(
                        "|",
                        Stream.of("timezone", "description", "offset", "posix")
                                .map(k -> zone.get(k).getAsString())
                                .toList()));
            }
        }
        return flat;
    }

    /** A fixture of the reference of an API version, as its bytes say. */
    static String fixture(ApiVersion version, String name) {
        String path = "/reference/v" + version.number() + "/" + name;
        try (InputStream in = AkamaiReferenceExamplesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
