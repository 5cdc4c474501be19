package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.GetUserOptions;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileUpdateResult;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The client against the answers Akamai's published IAM v2 reference documents: the fixtures in
 * {@code src/test/resources/reference/v2/} are its examples (see openapi/REFERENCE.md), served by a
 * loopback server. They must parse, unknown members must be tolerated, and a safe update built on
 * the documented user must send a body the reference's request schema accepts.
 */
class AkamaiReferenceExamplesTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = IamClient.builder()
                .credential(Loopback.credential(server))
                .apiVersion(ApiVersion.V2)
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void theDocumentedUserParsesWithEveryOptionalMember() throws Exception {
        server.enqueue(json(fixture("get-user.json")));

        User user = (User) iam.getUser("A-B-123456", GetUserOptions.all());

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
    void membersNoDocumentListsAreTolerated() {
        JsonObject user = JsonParser.parseString(fixture("get-user.json")).getAsJsonObject();
        user.addProperty("tfaConfigured", true);
        user.addProperty("userStatus", "ACTIVE");
        user.getAsJsonObject("notifications").addProperty("enable", true);
        user.getAsJsonObject("actions").addProperty("someFutureAction", false);
        user.getAsJsonArray("authGrants").get(0).getAsJsonObject().add("subGroups", new JsonArray());
        server.enqueue(json(user.toString()));

        User read = (User) iam.getUser("A-B-123456", GetUserOptions.all());

        assertEquals("john-doe@example.com", read.getEmail());
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                lookup(
                        "contact-types.json",
                        "/common/contact-types",
                        c -> c.lookups().contactTypes()),
                lookup("countries.json", "/common/countries", c -> c.lookups().countries()),
                lookup(
                        "states-Canada.json",
                        "/common/countries/Canada/states",
                        c -> c.lookups().states("Canada")),
                lookup(
                        "supported-languages.json",
                        "/common/supported-languages",
                        c -> c.lookups().supportedLanguages()),
                lookup(
                        "timeout-policies.json",
                        "/common/timeout-policies",
                        c -> c.lookups().timeoutPolicies().stream()
                                .map(p -> p.getName() + "=" + p.getValue())
                                .toList()),
                lookup(
                        "timezones.json",
                        "/common/timezones",
                        c -> c.lookups().timeZones().stream()
                                .map(z -> z.getTimezone() + "|" + z.getDescription() + "|" + z.getOffset() + "|"
                                        + z.getPosix())
                                .toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void eachDocumentedLookupAnswerParsesToEveryValue(String file, String path, Lookup call) throws Exception {
        String answer = fixture(file);
        server.enqueue(json(answer));

        List<String> read = call.read(iam);

        assertEquals(
                "/identity-management/v2/user-admin" + path,
                server.takeRequest().getPath());
        assertEquals(flatten(JsonParser.parseString(answer).getAsJsonArray()), read);
    }

    @Test
    void theDocumentedPutAnswerParses() {
        server.enqueue(json(fixture("put-basic-info-response.json")));

        User updated = iam.replaceProfile("1-ABCDE", IamClientOperationsTest.completeProfile());

        assertEquals("1-ABCDE", updated.getUiIdentityId());
        assertEquals("Engineer", updated.getJobTitle());
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
                refused.violations().stream().map(v -> v.field()).toList());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aSafeUpdateOfTheDocumentedUserSendsABodyTheReferenceAccepts() throws Exception {
        server.enqueue(json(fixture("get-user.json")));
        server.enqueue(json(fixture("get-user.json")));

        ProfileUpdateResult result = iam.updateProfile("A-B-123456", change -> change.city("San Jose"));

        server.takeRequest();
        RecordedRequest put = server.takeRequest();
        JsonObject body = JsonParser.parseString(put.getBody().readUtf8()).getAsJsonObject();
        assertEquals(List.of(), ReferenceRequestSchema.violations(body));
        assertEquals("San Jose", body.get("city").getAsString());
        assertEquals("john-doe@example.com", body.get("email").getAsString());
        assertEquals(ProfileUpdateResult.Outcome.UPDATED, result.outcome());
    }

    @Test
    void theReferenceSchemaCheckFailsOnWhatItForbids() {
        JsonObject body =
                JsonParser.parseString(fixture("put-basic-info-response.json")).getAsJsonObject();
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

    /** One lookup call of the client, its answer flattened to text for comparison with the fixture. */
    interface Lookup {
        List<String> read(IamClient client);
    }

    private static Arguments lookup(String file, String path, Lookup call) {
        return Arguments.of(file, path, call);
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

    static String fixture(String name) {
        return fixture("v2", name);
    }

    /** A fixture of the reference of an API version ({@code v2}, {@code v3}), as its bytes say. */
    static String fixture(String version, String name) {
        String path = "/reference/" + version + "/" + name;
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
