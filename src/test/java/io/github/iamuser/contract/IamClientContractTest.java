package io.github.iamuser.contract;

import static io.github.iamuser.contract.ExampleUsers.ACCOUNT_SWITCH_KEY;
import static io.github.iamuser.contract.ExampleUsers.MISSING_USER;
import static io.github.iamuser.contract.ExampleUsers.NO_STATE_USER;
import static io.github.iamuser.contract.ExampleUsers.US_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.google.gson.Gson;
import io.github.iamuser.IamClient;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.errors.ProblemDetails;
import io.github.iamuser.errors.RateLimitException;
import io.github.iamuser.errors.ValidationException;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.profile.IamUser;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.UpdateResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the contract: the real {@link IamClient} (builder, signing, account switch
 * key, retries, safe update) against Pact's mock server; the build writes the pact to
 * {@code contracts/}, where the provider verification reads it.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = IamContract.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory(IamContract.DIRECTORY)
class IamClientContractTest {
    /** The safe update of the US user: the GET, then the complete PUT with the switch key. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUsUser(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUsUser());
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUsUser")
    void safeUpdateOfUsUserReadsThenSendsTheCompleteProfile(MockServer mockServer) {
        UpdateResult<IamUser> result = ContractClients.forMockServer(mockServer, ApiVersion.V2)
                .updateProfile(US_USER.uiIdentityId(), change -> change.jobTitle(UserInteractions.NEW_JOB_TITLE));

        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals(
                List.of("jobTitle"),
                result.changes().stream().map(d -> d.field()).toList());
        assertEquals(UserInteractions.NEW_JOB_TITLE, result.after().getJobTitle());
        assertTrue(result.serverDifferences().isEmpty(), () -> "stored differently: " + result.serverDifferences());
    }

    /** The safe update of the user without state or ZIP code: every "no value" is exactly "". */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact safeUpdateOfUserWithoutStateOrZip(PactBuilder builder) {
        return ContractInteraction.pact(builder, UserInteractions.safeUpdateOfUserWithoutStateOrZip());
    }

    @Test
    @PactTestFor(pactMethod = "safeUpdateOfUserWithoutStateOrZip")
    void safeUpdateKeepsEveryEmptyFieldAsEmptyString(MockServer mockServer) {
        IamClient ownAccount =
                ContractClients.forMockServer(mockServer, ApiVersion.V2).withAccountSwitchKey(null);
        UpdateResult<IamUser> result = ownAccount.updateProfile(
                NO_STATE_USER.uiIdentityId(), change -> change.lastName(UserInteractions.NEW_LAST_NAME));

        assertEquals(UpdateResult.Outcome.UPDATED, result.outcome());
        assertEquals("", result.after().getState());
        assertEquals("", result.after().getZipCode());
        assertTrue(result.requestBody().contains("\"state\":\"\""), result.requestBody());
    }

    /** The six lookups. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact lookups(PactBuilder builder) {
        return ContractInteraction.pact(builder, LookupInteractions.all(ACCOUNT_SWITCH_KEY));
    }

    @Test
    @PactTestFor(pactMethod = "lookups")
    void readsTheSixLookups(MockServer mockServer) {
        IamClient iam = ContractClients.forMockServer(mockServer, ApiVersion.V2);

        assertEquals(List.of("Billing"), iam.lookups().contactTypes());
        assertEquals(List.of("USA"), iam.lookups().countries());
        assertEquals(List.of("MA"), iam.lookups().states("USA"));
        assertEquals(List.of("English"), iam.lookups().supportedLanguages());
        assertEquals(1800, iam.lookups().timeoutPolicies().get(0).getValue());
        assertEquals("America/New_York", iam.lookups().timeZones().get(0).getTimezone());
    }

    /** A complete PUT the server refuses with a 400 problem document naming the field. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact invalidProfile(PactBuilder builder) {
        return ContractInteraction.pact(builder, ErrorInteractions.unknownTimeZone(US_USER, ACCOUNT_SWITCH_KEY));
    }

    @Test
    @PactTestFor(pactMethod = "invalidProfile")
    void validationProblemIsValidationExceptionNamingTheField(MockServer mockServer) {
        IamClient iam = ContractClients.forMockServer(mockServer, ApiVersion.V2);
        UserProfileUpdate body = new Gson()
                .fromJson(
                        US_USER.profile()
                                .with("timeZone", ErrorInteractions.UNKNOWN_TIME_ZONE)
                                .toJson(),
                        UserProfileUpdate.class);

        ValidationException e = assertThrows(
                ValidationException.class,
                () -> iam.withAccountSwitchKey(ACCOUNT_SWITCH_KEY).replaceProfile(US_USER.uiIdentityId(), body));

        assertEquals(400, e.status());
        List<ProblemDetails.FieldError> errors = e.problem().orElseThrow().errors();
        assertEquals(
                List.of(ProfileField.TIME_ZONE.jsonName()),
                errors.stream().map(ProblemDetails.FieldError::field).toList());
        assertTrue(e.getMessage().contains("timeZone"), e.getMessage());
    }

    /** The GET of a user the account does not have: 404. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact unknownUser(PactBuilder builder) {
        return ContractInteraction.pact(builder, ErrorInteractions.unknownUser(MISSING_USER, ACCOUNT_SWITCH_KEY));
    }

    @Test
    @PactTestFor(pactMethod = "unknownUser")
    void unknownUserIsNotFoundException(MockServer mockServer) {
        IamClient iam = ContractClients.forMockServer(mockServer, ApiVersion.V2);

        NotFoundException e = assertThrows(NotFoundException.class, () -> iam.getUser(MISSING_USER));

        assertEquals(404, e.status());
        assertEquals("User not found", e.problem().orElseThrow().title());
    }

    /** A lookup refused with 429 and its rate-limit headers. */
    @Pact(consumer = IamContract.CONSUMER)
    public V4Pact rateLimited(PactBuilder builder) {
        return ContractInteraction.pact(builder, ErrorInteractions.rateLimited(ACCOUNT_SWITCH_KEY));
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void rateLimitIsRateLimitExceptionWithTheWait(MockServer mockServer) {
        IamClient iam = ContractClients.forMockServer(mockServer, ApiVersion.V2)
                .withOptions(b -> b.retryPolicy(RetryPolicy.none()));

        RateLimitException e = assertThrows(RateLimitException.class, iam.lookups()::countries);

        assertEquals(429, e.status());
        assertEquals(
                Duration.ofSeconds(ErrorInteractions.RETRY_AFTER_SECONDS),
                e.retryAfter().orElseThrow());
    }
}
