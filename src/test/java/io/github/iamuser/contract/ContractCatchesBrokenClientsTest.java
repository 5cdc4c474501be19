package io.github.iamuser.contract;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.consumer.PactMismatchesException;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Proof that the contract pins a complete profile, role-assignment tree and notification settings: the consumer
 * tests of {@link BrokenProfileClients} and {@link BrokenAccessClients},
 * run through EngineTestKit, FAIL for each client that gets the PUT wrong, on exactly the mismatch
 * that client makes, while the same hand-made client passes when it sends the complete profile.
 */
class ContractCatchesBrokenClientsTest {
    private static final String MISMATCHES = "The following mismatched requests occurred:";

    static Stream<Arguments> brokenClients() {
        return Stream.of(
                Arguments.of(
                        BrokenProfileClients.OmitsGetUserFlags.class,
                        "query - Expected query parameter 'notifications' but was missing"),
                Arguments.of(
                        BrokenProfileClients.OmitsAField.class,
                        "body - $: Expected a Map with keys " + profileKeys() + " but received one with keys "
                                + profileKeys(keys -> keys.remove("mobilePhone"))),
                Arguments.of(
                        BrokenProfileClients.SendsNull.class,
                        "body - $.secondaryEmail: Expected null (Null) to be the same type as 'ada@example.org' (String)"),
                Arguments.of(
                        BrokenProfileClients.AddsResponseOnlyField.class,
                        "but received one with keys " + profileKeys(keys -> keys.add("uiIdentityId"))),
                Arguments.of(
                        BrokenProfileClients.OmitsAccountSwitchKey.class,
                        "query - Expected query parameter 'accountSwitchKey' but was missing"),
                Arguments.of(
                        BrokenProfileClients.SendsUnknownSessionTimeOut.class,
                        "body - $.sessionTimeOut: Expected 1234 to match"),
                Arguments.of(
                        BrokenProfileClients.FillsEmptyStateWithPlaceholder.class,
                        "body - $.state: Expected 'TBD' (String) to be equal to '' (String)"),
                Arguments.of(
                        BrokenProfileClients.V3SendsTfaEnabled.class,
                        "body - $: Expected a Map with keys " + v3Keys() + " but received one with keys "
                                + v3Keys(
                                        keys -> keys.remove("additionalAuthentication"),
                                        keys -> keys.add("tfaEnabled"))),
                Arguments.of(
                        BrokenProfileClients.V3OmitsAFieldWithAValue.class,
                        "body - $: Expected a Map with keys " + v3Keys() + " but received one with keys "
                                + v3Keys(keys -> keys.remove("phone"))),
                Arguments.of(
                        BrokenProfileClients.V3SendsEmptyStringForTheClearedField.class,
                        "body - $: Expected a Map with keys " + v3Keys() + " but received one with keys "
                                + v3Keys(keys -> keys.add("mobilePhone"))),
                Arguments.of(
                        BrokenProfileClients.V3SendsNull.class,
                        "body - $.secondaryEmail: Expected null to match '^.+$'"),
                Arguments.of(
                        BrokenProfileClients.V3SendsUnknownMethod.class,
                        "body - $.additionalAuthentication: Expected 'SMS' to match"),
                Arguments.of(
                        BrokenAccessClients.DropsAnUnmentionedGrant.class,
                        "body - $: Expected {\"roleId\":100002} but was missing"),
                Arguments.of(
                        BrokenAccessClients.DropsASubgroup.class,
                        "body - $[0].subGroups[0].subGroups: Expected {\"groupId\":45678,\"isBlocked\":false,"
                                + "\"roleId\":null,\"subGroups\":[]} but was missing"),
                Arguments.of(
                        BrokenAccessClients.DropsUpgrade.class,
                        "body - $.options: Expected a Map with keys [apiClientCredentialExpiryNotification,"
                                + " newUserNotification, passwordExpiry, proactive, upgrade] but received one with keys"
                                + " [apiClientCredentialExpiryNotification, newUserNotification, passwordExpiry,"
                                + " proactive]"));
    }

    @ParameterizedTest
    @MethodSource("brokenClients")
    void contractRejectsTheBrokenPut(Class<?> brokenClient, String mismatch) {
        Events tests = run(brokenClient);

        tests.assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
        Throwable failure = tests.failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertInstanceOf(PactMismatchesException.class, failure, () -> "not a contract mismatch: " + failure);
        String message = failure.getMessage();
        assertTrue(
                message.startsWith(MISMATCHES) && message.contains(mismatch),
                () -> brokenClient.getSimpleName() + " must fail on \"" + mismatch + "\", but failed with:\n"
                        + message);
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                BrokenProfileClients.SendsCompleteUsProfile.class,
                BrokenProfileClients.SendsEmptyFieldsAsEmptyStrings.class,
                BrokenProfileClients.V3SendsCompleteUsProfile.class,
                BrokenAccessClients.SendsWholeTree.class,
                BrokenAccessClients.SendsWholeSettings.class
            })
    void sameHandMadeClientPassesWhenItSendsTheCompleteProfile(Class<?> control) throws IOException {
        String provider = control == BrokenProfileClients.V3SendsCompleteUsProfile.class
                        || control.getEnclosingClass() == BrokenAccessClients.class
                ? IamContract.PROVIDER_V3
                : IamContract.PROVIDER;
        Path throwawayPact = Path.of(IamContract.THROWAWAY_DIRECTORY, IamContract.CONSUMER + "-" + provider + ".json");
        Files.deleteIfExists(throwawayPact);

        Events tests = run(control);

        tests.assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        assertTrue(Files.exists(throwawayPact), "these consumers write to the throwaway folder, never to contracts/");
    }

    private static Events run(Class<?> consumerTest) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(consumerTest))
                .execute()
                .testEvents();
    }

    /** The 17 v2 profile keys, changed by {@code change}, sorted as Pact lists the keys of a body. */
    @SafeVarargs
    private static String profileKeys(Consumer<Set<String>>... change) {
        return profileKeys(ApiVersion.V2, change);
    }

    /**
     * The keys of the v3 contract's PUT of the US user (its 17 fields but the cleared mobilePhone), changed by
     * {@code change}, sorted as Pact lists the keys of a body.
     */
    @SafeVarargs
    private static String v3Keys(Consumer<Set<String>>... change) {
        Set<String> keys = new TreeSet<>(ProfileField.names(ApiVersion.V3));
        keys.remove("mobilePhone");
        Stream.of(change).forEach(c -> c.accept(keys));
        return keys.toString();
    }

    /** The 17 profile keys of {@code version}, changed by {@code change}, sorted as Pact lists the keys of a body. */
    @SafeVarargs
    private static String profileKeys(ApiVersion version, Consumer<Set<String>>... change) {
        Set<String> keys = new TreeSet<>(ProfileField.names(version));
        Stream.of(change).forEach(c -> c.accept(keys));
        return keys.toString();
    }
}
