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
import io.github.iamuser.profile.Field;
import io.github.iamuser.profile.ProfileUpdateResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the IAM v3 contract: the real {@link IamClient} built with {@code
 * apiVersion(ApiVersion.V3)} against Pact's mock server. It pins v3's complete PUT (17 keys,
 * additionalAuthentication from its value set, no tfaEnabled) and its empty-field form (every "no value"
 * exactly ""); the build writes {@code contracts/akamai-iam-user-akamai-iam-v3.json}, which
 * {@code SandboxHonoursV3ContractsIT} verifies against the sandbox.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = IamContract.PROVIDER_V3, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory(IamContract.DIRECTORY)
class IamClientV3ContractTest {
    /** The safe update of the US user in v3: the GET, then the complete PUT with the switch key. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUsUser(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUsUser(US_USER_V3));
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUsUser")
    void safeUpdateOfUsUserSendsV3sCompleteProfile(MockServer mockServer) {
        ProfileUpdateResult result = client(mockServer)
                .updateProfile(US_USER_V3.uiIdentityId(), change -> change.jobTitle(UserInteractions.NEW_JOB_TITLE));

        assertEquals(ProfileUpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals(
                List.of("jobTitle"),
                result.changes().stream().map(d -> d.field()).toList());
        assertEquals("TFA", ((User) result.after()).getAdditionalAuthentication());
        JsonObject sent = JsonParser.parseString(result.requestBody()).getAsJsonObject();
        assertEquals(Field.names(ApiVersion.V3), sent.keySet());
        assertFalse(sent.has("tfaEnabled"));
        assertTrue(result.serverDifferences().isEmpty(), () -> "stored differently: " + result.serverDifferences());
    }

    /** The safe update of the user without state or ZIP code in v3: every "no value" is exactly "". */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUserWithoutStateOrZip(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUserWithoutStateOrZip(NO_STATE_USER_V3));
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUserWithoutStateOrZip")
    void safeUpdateKeepsEveryEmptyFieldAsEmptyStringAndMfaAsItIs(MockServer mockServer) {
        IamClient ownAccount = client(mockServer).withAccountSwitchKey(null);
        ProfileUpdateResult result = ownAccount.updateProfile(
                NO_STATE_USER_V3.uiIdentityId(), change -> change.lastName(UserInteractions.NEW_LAST_NAME));

        assertEquals(ProfileUpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals("", result.after().getState());
        assertTrue(result.requestBody().contains("\"state\":\"\""), result.requestBody());
        assertTrue(result.requestBody().contains("\"additionalAuthentication\":\"MFA\""), result.requestBody());
    }

    private static IamClient client(MockServer mockServer) {
        return ContractClients.forMockServer(mockServer).withOptions(b -> b.apiVersion(ApiVersion.V3));
    }
}
