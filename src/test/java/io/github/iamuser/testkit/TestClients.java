package io.github.iamuser.testkit;

import io.github.iamuser.IamClient;
import io.github.iamuser.IamClientBuilder;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.sandbox.IamSandbox;
import okhttp3.mockwebserver.MockWebServer;

/** The one place tests build a client: signed with the loopback credential, against a MockWebServer or the sandbox. */
public final class TestClients {
    private TestClients() {}

    /** A client of {@code version} against {@code server}, with every other setting at its default. */
    public static IamClient against(MockWebServer server, ApiVersion version) {
        return builder(server, version).build();
    }

    /** A client of {@code version} against the built-in sandbox, with every other setting at its default. */
    public static IamClient against(IamSandbox sandbox, ApiVersion version) {
        return builder(sandbox, version).build();
    }

    /** The builder {@link #against(IamSandbox, ApiVersion)} builds, for a test that adds a setting. */
    public static IamClientBuilder builder(IamSandbox sandbox, ApiVersion version) {
        return IamClient.builder().credential(sandbox.credential()).apiVersion(version);
    }

    /** The builder {@link #against(MockWebServer, ApiVersion)} builds, for a test that adds a setting. */
    public static IamClientBuilder builder(MockWebServer server, ApiVersion version) {
        return IamClient.builder().credential(Loopback.credential(server)).apiVersion(version);
    }
}
