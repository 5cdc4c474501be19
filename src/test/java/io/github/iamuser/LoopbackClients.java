package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the tests of the client's calls share: a loopback server per test, a v2 and a v3 client of it, and the check of what was sent. */
abstract class LoopbackClients {
    MockWebServer server;
    IamClient iam;
    IamClient v3;
    EdgeGridSignatureVerifier verifier;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.against(server, ApiVersion.V2);
        v3 = TestClients.against(server, ApiVersion.V3);
        verifier = new EdgeGridSignatureVerifier(Loopback.credential(server));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    IamClient iam(ApiVersion version) {
        return version == ApiVersion.V2 ? iam : v3;
    }

    /** The next request: its method and path with query, signed as sent, in the client's own account. */
    RecordedRequest assertSent(String method, String pathAndQuery) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals(method, request.getMethod());
        assertEquals(pathAndQuery, request.getPath());
        verifier.verify(request);
        assertNull(request.getRequestUrl().queryParameter("accountSwitchKey"));
        return request;
    }
}
