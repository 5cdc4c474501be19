package io.github.iamuser.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.Fault;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider side of the contract: every interaction in {@code contracts/} is replayed against the
 * sandbox, re-signed with the sandbox's credential, after the provider state it names is set up.
 * A sandbox change that breaks the contract fails the build here.
 */
@Provider(IamContract.PROVIDER)
@PactFolder(IamContract.DIRECTORY)
class SandboxHonoursContractsIT {
    private static IamSandbox sandbox;
    private static ReplaySigner signer;
    private static SandboxStates states;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        signer = new ReplaySigner(sandbox.credential());
        states = new SandboxStates(sandbox, ApiVersion.V2);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void resetAndTarget(PactVerificationContext context) {
        sandbox.reset();
        context.setTarget(
                new HttpTestTarget("127.0.0.1", sandbox.port(), "/", () -> SandboxHonoursContractsIT::oneAttempt));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void sandboxAnswersAsTheContractSays(PactVerificationContext context, HttpRequest request) {
        signer.sign(request);
        context.verifyInteraction();
    }

    /** Pact's default client retries a 429 after its Retry-After: the contract's 429 must reach Pact as sent. */
    private static CloseableHttpClient oneAttempt(IProviderInfo provider) {
        return HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }

    @State(IamContract.US_PROFILE_STATE)
    void userWithCompleteUsProfile(Map<String, Object> params) {
        states.copyProfile(SandboxUsers.US_USER, params);
    }

    @State(IamContract.NO_STATE_NO_ZIP_STATE)
    void userWithNeitherStateNorZip(Map<String, Object> params) {
        states.copyProfile(SandboxUsers.GERMAN_USER, params);
    }

    @State(IamContract.NO_SUCH_USER_STATE)
    void noSuchUser(Map<String, Object> params) {
        assertThrows(
                IllegalArgumentException.class,
                () -> states.user(params),
                () -> "the contract expects no user " + params + " in the sandbox");
    }

    @State(IamContract.RATE_LIMITED_STATE)
    void rateLimitUsedUp() {
        sandbox.faults().enqueue(Fault.rateLimited(Duration.ofSeconds(ErrorInteractions.RETRY_AFTER_SECONDS)));
    }
}
