package io.github.iamuser.contract;

import static io.github.iamuser.contract.ExampleUsers.NO_STATE_USER_V3;
import static io.github.iamuser.contract.ExampleUsers.US_USER_V3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.IamClient;
import io.github.iamuser.generated.v3.model.User;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.UpdateResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the IAM v3 contract: the real {@link IamClient} built with {@code
 * apiVersion(ApiVersion.V3)} against Pact's mock server. It pins v3's whole PUT (every field with a value,
 * each non-empty, additionalAuthentication from its value set, no tfaEnabled) and its form of "no value": the
 * key left out, for a field the server left out and for one the change clears; and the whole role-assignment tree and
 * notification settings of their PUTs ({@link AccessInteractions}); the build writes {@code contracts/akamai-iam-user-akamai-iam-v3.json}, which
 * {@code SandboxHonoursV3ContractsIT} verifies against the sandbox.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = IamContract.PROVIDER_V3, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory(IamContract.DIRECTORY)
class IamClientV3ContractTest {
    /** The safe update of the US user in v3: the GET, then the PUT with the switch key, mobilePhone cleared. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUsUser(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUsUserClearingMobilePhone());
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUsUser")
    void safeUpdateOfUsUserSendsEveryValueAndLeavesTheClearedFieldOut(MockServer mockServer) {
        UpdateResult<IamUser> result = client(mockServer)
                .updateProfile(
                        US_USER_V3.uiIdentityId(),
                        change ->
                                change.jobTitle(UserInteractions.NEW_JOB_TITLE).clear(ProfileField.MOBILE_PHONE));

        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals(
                List.of("mobilePhone", "jobTitle"),
                result.changes().stream().map(d -> d.field()).toList());
        assertEquals("TFA", ((User) result.after()).getAdditionalAuthentication());
        JsonObject sent = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        Set<String> expected = new LinkedHashSet<>(ProfileField.names(ApiVersion.V3));
        expected.remove("mobilePhone");
        assertEquals(expected, sent.keySet());
        assertFalse(sent.has("tfaEnabled"));
        assertTrue(result.serverDifferences().isEmpty(), () -> "stored differently: " + result.serverDifferences());
    }

    /** The safe update of the user without state or ZIP code in v3: every field without a value left out. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUserWithoutStateOrZip(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUserWithoutStateOrZip(NO_STATE_USER_V3));
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUserWithoutStateOrZip")
    void safeUpdateLeavesEveryEmptyFieldOutAndKeepsMfaAsItIs(MockServer mockServer) {
        IamClient ownAccount = client(mockServer).withAccountSwitchKey(null);
        UpdateResult<IamUser> result = ownAccount.updateProfile(
                NO_STATE_USER_V3.uiIdentityId(), change -> change.lastName(UserInteractions.NEW_LAST_NAME));

        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals(null, result.after().getState());
        assertEquals(List.of(), result.serverDifferences(), "an absent field in the answer is the \"\" sent");
        assertFalse(result.requestBody().contains("\"state\""), result.requestBody());
        assertTrue(result.requestBody().contains("\"additionalAuthentication\":\"MFA\""), result.requestBody());
    }

    /** The safe update of the US user's role assignments: GET with authGrants, then the whole tree. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact grantOfOneGroup(PactBuilder builder) {
        return ContractInteraction.pact(builder, AccessInteractions.grantFinanceViewer());
    }

    @Test
    @PactTestFor(pactMethod = "grantOfOneGroup")
    void aGrantPutsTheWholeTreeWithEveryOtherGroupAsRead(MockServer mockServer) {
        UpdateResult<?> result = client(mockServer)
                .withAccountSwitchKey(null)
                .updateGrants(AccessInteractions.USER, change -> change.grant(56789, 12));

        assertEquals(AccessInteractions.GRANTS_PUT, result.requestBody());
        assertEquals(List.of(), result.serverDifferences());
    }

    /** The safe update of the US user's notifications: GET with notifications, then the whole settings. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact subscriptionToOneProduct(PactBuilder builder) {
        return ContractInteraction.pact(builder, AccessInteractions.subscribeEdgeScape());
    }

    @Test
    @PactTestFor(pactMethod = "subscriptionToOneProduct")
    void aSubscriptionPutsEverySettingWithEveryOtherProductAsRead(MockServer mockServer) {
        UpdateResult<?> result = client(mockServer)
                .withAccountSwitchKey(null)
                .updateNotifications(AccessInteractions.USER, change -> change.subscribeProactive("EdgeScape"));

        assertEquals(AccessInteractions.NOTIFICATIONS_PUT, result.requestBody());
        assertEquals(List.of(), result.serverDifferences());
    }

    private static IamClient client(MockServer mockServer) {
        return ContractClients.forMockServer(mockServer, ApiVersion.V3);
    }
}
