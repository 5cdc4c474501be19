package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import io.github.iamuser.generated.v3.model.Group;
import io.github.iamuser.generated.v3.model.Role;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lookups, through the client against a loopback server: each list from its path in the client's API
 * version, v3's answers in v2's models, read-only lists, and the account each call's options select.
 */
class LookupsTest extends LoopbackClients {
    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void lookupsGoToTheirPathsAndParse(ApiVersion version) throws Exception {
        IamClient iam = iam(version);
        String base = version.pathPrefix() + "user-admin";
        server.enqueue(json("[\"Billing\",\"Security\"]"));
        server.enqueue(json("[\"Canada\",\"USA\"]"));
        server.enqueue(json("[\"AL\",\"AK\"]"));
        server.enqueue(json("[\"English\",\"Deutsch\"]"));
        server.enqueue(json("[{\"name\":\"after 30 minutes\",\"value\":1800}]"));
        server.enqueue(json("[{\"timezone\":\"GMT\",\"description\":\"GMT 0\",\"offset\":\"0\",\"posix\":\"GMT\"}]"));

        assertEquals(List.of("Billing", "Security"), iam.lookups().contactTypes());
        assertEquals(List.of("Canada", "USA"), iam.lookups().countries());
        assertEquals(List.of("AL", "AK"), iam.lookups().states("USA"));
        assertEquals(List.of("English", "Deutsch"), iam.lookups().supportedLanguages());
        List<TimeoutPolicy> policies = iam.lookups().timeoutPolicies();
        List<TimeZone> zones = iam.lookups().timeZones();

        assertEquals(1800, policies.get(0).getValue());
        assertEquals("GMT", zones.get(0).getTimezone());
        assertSent("GET", base + "/common/contact-types");
        assertSent("GET", base + "/common/countries");
        assertSent("GET", base + "/common/countries/USA/states");
        assertSent("GET", base + "/common/supported-languages");
        assertSent("GET", base + "/common/timeout-policies");
        assertSent("GET", base + "/common/timezones");
    }

    @Test
    void listsAreReadOnly() {
        server.enqueue(json("[\"USA\"]"));

        List<String> countries = iam.lookups().countries();

        assertThrows(UnsupportedOperationException.class, () -> countries.add("Mars"));
    }

    @Test
    void v3sTimeZonesAndTimeoutPoliciesKeepEveryMemberInV2sModels() {
        server.enqueue(json("[{\"timezone\":\"Asia/Kolkata\",\"description\":\"GMT+05:30 India\","
                + "\"offset\":\"+5:30\",\"posix\":\"Asia/Kolkata\"}]"));
        server.enqueue(json("[{\"name\":\"after 1 hour\",\"value\":3600}]"));

        TimeZone zone = v3.lookups().timeZones().get(0);
        TimeoutPolicy policy = v3.lookups().timeoutPolicies().get(0);

        assertEquals(
                List.of("Asia/Kolkata", "GMT+05:30 India", "+5:30", "Asia/Kolkata"),
                List.of(zone.getTimezone(), zone.getDescription(), zone.getOffset(), zone.getPosix()));
        assertEquals("after 1 hour", policy.getName());
        assertEquals(3600, policy.getValue());
    }

    @Test
    void theV3OnlyListsGoToTheirPathsParseAndAreReadOnly() throws Exception {
        String base = ApiVersion.V3.pathPrefix() + "user-admin";
        server.enqueue(json("[{\"groupId\":12345,\"groupName\":\"Top\",\"subGroups\":["
                + "{\"groupId\":23456,\"groupName\":\"Web\",\"parentGroupId\":12345,\"subGroups\":[]}]}]"));
        server.enqueue(json("[{\"roleId\":3,\"roleName\":\"Admin\",\"type\":\"standard\"},"
                + "{\"roleId\":100002,\"roleName\":\"Account admin\",\"type\":\"account\"}]"));
        server.enqueue(json("[\"EdgeKV\",\"NetStorage\"]"));

        List<Group> groups = v3.lookups().groups();
        List<Role> roles = v3.lookups().roles();
        List<String> products = v3.lookups().notificationProducts();

        assertEquals("Web", groups.get(0).getSubGroups().get(0).getGroupName());
        assertEquals(12345L, groups.get(0).getSubGroups().get(0).getParentGroupId());
        assertEquals(List.of(3L, 100002L), roles.stream().map(Role::getRoleId).toList());
        assertEquals("account", roles.get(1).getType());
        assertEquals(List.of("EdgeKV", "NetStorage"), products);
        assertThrows(UnsupportedOperationException.class, () -> groups.clear());
        assertThrows(UnsupportedOperationException.class, () -> roles.clear());
        assertThrows(UnsupportedOperationException.class, () -> products.add("Edge"));
        assertSent("GET", base + "/groups?actions=false");
        assertSent("GET", base + "/roles?actions=false&ignoreContext=false&users=false");
        assertSent("GET", base + "/common/notification-products");
    }

    @Test
    void eachCallAsksInTheAccountItsClientSelects() throws Exception {
        server.enqueue(json("[\"Canada\",\"USA\"]"));
        server.enqueue(json("[\"AL\"]"));
        server.enqueue(json("[\"EdgeKV\"]"));
        server.enqueue(json("[\"USA\"]"));

        Lookups account = iam.withAccountSwitchKey("1-ABCDE:1-2FGH").lookups();
        account.countries();
        account.states("USA");
        v3.withAccountSwitchKey("1-ABCDE:1-2FGH").lookups().notificationProducts();
        iam.lookups().countries();

        for (String path : List.of(
                "/identity-management/v2/user-admin/common/countries",
                "/identity-management/v2/user-admin/common/countries/USA/states",
                "/identity-management/v3/user-admin/common/notification-products")) {
            RecordedRequest request = server.takeRequest();
            assertEquals(path, request.getRequestUrl().encodedPath());
            assertEquals("1-ABCDE:1-2FGH", request.getRequestUrl().queryParameter("accountSwitchKey"));
        }
        assertNull(server.takeRequest().getRequestUrl().queryParameter("accountSwitchKey"));
    }

    @Test
    void aCountryThatCannotBeAPathSegmentIsRefusedBeforeSending() {
        IllegalArgumentException dots =
                assertThrows(IllegalArgumentException.class, () -> iam.lookups().states(".."));
        IllegalArgumentException spaced =
                assertThrows(IllegalArgumentException.class, () -> iam.lookups().states("USA "));

        assertTrue(dots.getMessage().startsWith("country must not be '.' or '..'"), dots.getMessage());
        assertTrue(spaced.getMessage().startsWith("country must not be '.' or '..'"), spaced.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
