package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.IamClient;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.generated.v3.model.Notifications;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.UpdateOptions;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.UpdateResult;
import io.github.iamuser.profile.UpdateResult.Outcome;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import io.github.iamuser.testkit.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The safe update of email notifications through the real client against the sandbox: the whole settings as
 * read plus the change, so no product the change does not name is unsubscribed.
 */
class SafeNotificationsUpdateTest {
    /** The US user's settings with EdgeScape added to the proactive products. */
    static final String EDGESCAPE_BODY = "{\"enableEmailNotifications\":true,\"options\":{\"passwordExpiry\":true,"
            + "\"proactive\":[\"EdgeKV\",\"NetStorage\",\"EdgeScape\"],\"upgrade\":[\"EdgeScape\"],"
            + "\"newUserNotification\":true,\"apiClientCredentialExpiryNotification\":false}}";

    private static IamSandbox sandbox;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        iam = TestClients.against(sandbox, ApiVersion.V3);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void subscribingOneProductSendsEverySettingAndKeepsEveryOtherProduct() {
        UpdateResult<Notifications> result =
                iam.updateNotifications(SandboxUsers.US_USER, c -> c.subscribeProactive("EdgeScape"));

        assertEquals(Outcome.UPDATED, result.outcome());
        assertEquals(EDGESCAPE_BODY, result.requestBody());
        assertEquals(EDGESCAPE_BODY, sandbox.requests().get(1).body());
        assertEquals(
                "[options.proactive: \"[EdgeKV, NetStorage]\" -> \"[EdgeKV, NetStorage, EdgeScape]\"]",
                result.changes().toString());
        assertEquals(List.of(), result.serverDifferences());
        assertEquals(List.of("EdgeScape"), result.after().getOptions().getUpgrade());
    }

    @Test
    void everySeededUserTakesAChangeThatTheServerStoresAsSent() {
        for (String user : List.of(SandboxUsers.CANADIAN_USER, SandboxUsers.GERMAN_USER)) {
            UpdateResult<Notifications> result = iam.updateNotifications(user, c -> c.passwordExpiry(false));

            assertEquals(Outcome.UPDATED, result.outcome(), user);
            assertEquals(List.of(), result.serverDifferences(), user + ": read as Akamai's examples show it, whole");
        }
    }

    @Test
    void unsubscribingTheLastUpgradeSendsAnEmptyListAndSwitchesChangeAlone() {
        UpdateResult<Notifications> result = iam.updateNotifications(
                SandboxUsers.US_USER, c -> c.unsubscribeUpgrade("EdgeScape").emailNotifications(false));

        assertTrue(result.requestBody().contains("\"upgrade\":[]"), result.requestBody());
        assertEquals(
                List.of("enableEmailNotifications", "options.upgrade"),
                result.changes().stream().map(d -> d.field()).toList());
        assertEquals(
                List.of("EdgeKV", "NetStorage"), result.after().getOptions().getProactive());
    }

    @Test
    void nothingIsSentWhenNothingChangesAndDryRunSendsOnlyTheGet() {
        UpdateResult<Notifications> same = iam.updateNotifications(
                SandboxUsers.US_USER,
                c -> c.subscribeProactive("EdgeKV")
                        .unsubscribeUpgrade("NetStorage")
                        .passwordExpiry(true));
        UpdateResult<Notifications> dry = iam.updateNotifications(
                SandboxUsers.US_USER,
                UpdateOptions.defaults().withDryRun(true),
                c -> c.subscribeProactive("EdgeScape"));

        assertEquals(Outcome.UNCHANGED, same.outcome());
        assertEquals(Outcome.DRY_RUN, dry.outcome());
        assertEquals(EDGESCAPE_BODY, dry.requestBody());
        assertEquals(0, sandbox.putCount());
    }

    @Test
    void anUnknownProductIsRefusedWithLookupChecksAndByTheServerWithout() {
        UpdateOptions checked = UpdateOptions.defaults().withLookupChecks(true);
        RefusedChangeException refused = assertThrows(
                RefusedChangeException.class,
                () -> iam.updateNotifications(SandboxUsers.US_USER, checked, c -> c.subscribeUpgrade("Edge KV")));
        assertTrue(
                refused.getMessage().contains("product Edge KV: is not one of the account's notification products"),
                refused.getMessage());
        assertEquals(0, sandbox.putCount());

        assertThrows(
                ValidationException.class,
                () -> iam.updateNotifications(SandboxUsers.US_USER, c -> c.subscribeUpgrade("Edge KV")));
    }
}
