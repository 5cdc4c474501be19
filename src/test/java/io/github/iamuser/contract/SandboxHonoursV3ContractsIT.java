package io.github.iamuser.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.IamSandbox;
import io.github.iamuser.sandbox.SandboxUsers;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider side of the IAM v3 contract: every interaction of {@code contracts/} with provider
 * {@value IamContract#PROVIDER_V3} replayed against the sandbox's v3 endpoints, re-signed, after its
 * provider state is set up through the sandbox's v3 API, as {@link SandboxHonoursContractsIT} does for v2.
 */
@Provider(IamContract.PROVIDER_V3)
@PactFolder(IamContract.DIRECTORY)
class SandboxHonoursV3ContractsIT {
    private static IamSandbox sandbox;
    private static ReplaySigner signer;
    private static SandboxStates states;

    @BeforeAll
    static void start() {
        sandbox = IamSandbox.start();
        signer = new ReplaySigner(sandbox.credential());
        states = new SandboxStates(sandbox, ApiVersion.V3);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void resetAndTarget(PactVerificationContext context) {
        sandbox.reset();
        context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port(), "/"));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void sandboxAnswersAsTheContractSays(PactVerificationContext context, HttpRequest request) {
        signer.sign(request);
        context.verifyInteraction();
    }

    @State(IamContract.US_PROFILE_STATE)
    void userWithCompleteUsProfile(Map<String, Object> params) {
        states.copyProfile(SandboxUsers.US_USER, params);
    }

    /** The sandbox's reset seeds its US user (own account) with exactly these assignments and settings. */
    @State({AccessInteractions.GRANTS_STATE, AccessInteractions.NOTIFICATIONS_STATE})
    void seededUsUser(Map<String, Object> params) {
        if (!SandboxUsers.US_USER.equals(params.get(IamContract.UI_IDENTITY_ID))
                || params.containsKey(IamContract.ACCOUNT_SWITCH_KEY)) {
            throw new IllegalArgumentException(
                    "only the sandbox's US user of the own account holds this state, not " + params);
        }
    }

    @State(IamContract.NO_STATE_NO_ZIP_STATE)
    void userWithNeitherStateNorZip(Map<String, Object> params) {
        states.copyProfile(SandboxUsers.GERMAN_USER, params);
    }
}
