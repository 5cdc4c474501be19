package io.github.iamuser.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One sandbox per test class, with a signed client, started before all tests, reset before each, closed after all. */
final class RunningSandbox implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private IamSandbox sandbox;
    private SignedClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = IamSandbox.start();
        client = SignedClient.of(sandbox);
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
}
