package io.github.iamuser.contract;

import au.com.dius.pact.consumer.MockServer;
import io.github.iamuser.IamClient;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.options.ApiVersion;

/** The client the consumer tests drive: the library's own {@link IamClient}, pointed at Pact's mock server. */
final class ContractClients {
    private ContractClients() {}

    /**
     * An {@link IamClient} of {@code version} for the mock server (host {@code 127.0.0.1:PORT}, so plain
     * http), whose calls run in the example account unless a call says otherwise.
     */
    static IamClient forMockServer(MockServer mockServer, ApiVersion version) {
        return IamClient.builder()
                .credential(credential(mockServer.getPort()))
                .apiVersion(version)
                .accountSwitchKey(ExampleUsers.ACCOUNT_SWITCH_KEY)
                .build();
    }

    /** Example EdgeGrid tokens for a loopback host; the mock server checks the header's shape only. */
    static EdgeGridCredential credential(int port) {
        return EdgeGridCredential.builder()
                .host("127.0.0.1:" + port)
                .clientToken("akab-client-token-example")
                .accessToken("akab-access-token-example")
                .clientSecret("c2VjcmV0LWV4YW1wbGUtbm90LWEtcmVhbC1zZWNyZXQ=")
                .build();
    }
}
