package io.github.iamuser;

import static io.github.iamuser.testkit.Loopback.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.testkit.Loopback;
import io.github.iamuser.testkit.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The User-Agent every request carries: the library's name and version, Java's, and the caller's suffix. */
class UserAgentInterceptorTest {
    private MockWebServer server;
    private IamClient iam;

    @BeforeEach
    void start() {
        server = Loopback.startServer();
        iam = TestClients.against(server, ApiVersion.V2);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void everyRequestCarriesTheLibraryUserAgent() throws Exception {
        server.enqueue(json("[]"));

        iam.lookups().countries();

        String userAgent = server.takeRequest().getHeader("User-Agent");
        assertTrue(userAgent.matches("akamai-iam-user/\\S+ java/\\S+"), userAgent);
        assertTrue(userAgent.endsWith("java/" + System.getProperty("java.version")), userAgent);
    }

    @Test
    void userAgentSuffixIsAppended() throws Exception {
        server.enqueue(json("[]"));

        iam.withOptions(b -> b.userAgentSuffix("my-tool/1.2")).lookups().countries();

        assertTrue(server.takeRequest().getHeader("User-Agent").endsWith(" my-tool/1.2"));
    }
}
