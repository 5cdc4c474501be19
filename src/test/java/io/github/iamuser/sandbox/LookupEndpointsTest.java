package io.github.iamuser.sandbox;

import static io.github.iamuser.sandbox.SignedClient.COMMON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The six lookups answer fixed, realistic lists, in every account. */
class LookupEndpointsTest {
    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void contactTypesAreTheFourOfIam() {
        assertEquals(
                List.of("Billing", "Technical Decision Maker", "Business Decision Maker", "Security"),
                strings(ok("contact-types")));
    }

    @Test
    void countriesIncludeTheCommonOnes() {
        assertTrue(strings(ok("countries"))
                .containsAll(List.of("USA", "Canada", "Germany", "United Kingdom", "India", "Japan", "France")));
    }

    @Test
    void statesOfTheUsaAndProvincesOfCanada() {
        List<String> us = strings(ok("countries/USA/states"));
        assertTrue(us.containsAll(List.of("MA", "NY", "CA", "TX", "DC")));
        assertEquals(51, us.size(), "50 states and DC; TBD is accepted in a profile but not listed");
        assertEquals(
                List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"),
                strings(ok("countries/Canada/states")));
    }

    @Test
    void otherKnownCountriesHaveNoStates() {
        assertEquals(List.of(), strings(ok("countries/Germany/states")));
        assertEquals(List.of(), strings(ok("countries/United%20Kingdom/states")), "a percent-escaped name");
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theLookupsAreServedUnderEachVersion(ApiVersion version) {
        String common = version.pathPrefix().substring(1) + "user-admin/common/";
        assertTrue(strings(SANDBOX.client().get(common + "countries").json().getAsJsonArray())
                .contains("USA"));
        SignedClient.Answer unknown = SANDBOX.client().get(common + "countries/Atlantis/states");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains(version.pathPrefix() + "user-admin/common/countries"), unknown.body());
    }

    @Test
    void anUnknownCountryIsA404() {
        SignedClient.Answer answer = SANDBOX.client().get(COMMON + "countries/Atlantis/states");
        assertEquals(404, answer.status());
        assertEquals("Country not found", answer.object().get("title").getAsString());
        assertTrue(answer.object().get("detail").getAsString().contains("'Atlantis'"));
    }

    @Test
    void languagesIncludeNonAsciiNames() {
        assertTrue(strings(ok("supported-languages"))
                .containsAll(List.of("English", "Deutsch", "Español", "Français", "日本語")));
    }

    @Test
    void timeoutPoliciesHaveTheDocumentedValues() {
        JsonArray policies = ok("timeout-policies");
        assertEquals(
                List.of(900, 1800, 2700, 3600, 7200, 14400, 64800),
                StreamSupport.stream(policies.spliterator(), false)
                        .map(p -> p.getAsJsonObject().get("value").getAsInt())
                        .toList());
        policies.forEach(
                p -> assertTrue(p.getAsJsonObject().get("name").getAsString().startsWith("after")));
    }

    @Test
    void timeZonesCarryAllFourMembers() {
        JsonArray zones = ok("timezones");
        List<String> names = StreamSupport.stream(zones.spliterator(), false)
                .map(z -> z.getAsJsonObject().get("timezone").getAsString())
                .toList();
        assertTrue(names.containsAll(
                List.of("America/New_York", "America/Toronto", "Europe/Berlin", "GMT", "Asia/Tokyo")));
        for (JsonElement zone : zones) {
            assertEquals(
                    Set.of("timezone", "description", "offset", "posix"),
                    zone.getAsJsonObject().keySet());
        }
        JsonObject newYork = zones.get(names.indexOf("America/New_York")).getAsJsonObject();
        assertEquals("-5", newYork.get("offset").getAsString());
    }

    @Test
    void lookupsAnswerInEverySwitchedAccountAndRefuseUnknownOnes() {
        for (String key : List.of(SandboxUsers.SWITCH_KEY, SandboxUsers.SWITCH_KEY_WITH_CONTRACT)) {
            assertEquals(
                    ok("countries"),
                    SANDBOX.client()
                            .get(COMMON + "countries?accountSwitchKey=" + key)
                            .json());
        }
        assertEquals(
                403,
                SANDBOX.client()
                        .get(COMMON + "timezones?accountSwitchKey=1-NOPE")
                        .status());
    }

    private static JsonArray ok(String lookup) {
        SignedClient.Answer answer = SANDBOX.client().get(COMMON + lookup);
        assertEquals(200, answer.status(), lookup + ": " + answer.body());
        assertEquals("application/json", answer.headers().get("Content-Type"));
        return answer.json().getAsJsonArray();
    }

    private static List<String> strings(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonElement::getAsString)
                .toList();
    }
}
