package io.github.iamuser.sandbox;

import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One sandbox per test class, with a signed client, started before all tests, reset before each, closed after all. */
final class RunningSandbox implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final UnaryOperator<OkHttpClient.Builder> http;
    private IamSandbox sandbox;
    private SignedClient client;

    RunningSandbox() {
        this(http -> http);
    }

    /** A sandbox whose signed client is built from the OkHttp builder {@code http} gives. */
    RunningSandbox(UnaryOperator<OkHttpClient.Builder> http) {
        this.http = http;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = IamSandbox.start();
        client = SignedClient.of(sandbox, sandbox.credential(), http.apply(new OkHttpClient.Builder()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }

    IamSandbox sandbox() {
        return sandbox;
    }

    SignedClient client() {
        return client;
    }

    /** A client that does not sign: requests carry only the headers the test gives them. */
    SignedClient unsigned() {
        return SignedClient.unsigned(sandbox);
    }
}
