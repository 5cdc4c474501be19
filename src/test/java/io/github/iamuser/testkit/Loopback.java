package io.github.iamuser.testkit;

import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Loopback fixtures: a MockWebServer on 127.0.0.1, a credential pointing at it, canned answers. */
public final class Loopback {
    public static final String CLIENT_SECRET = "SECRET-c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    public static final String CLIENT_TOKEN = "akab-client-token-0123456789";
    public static final String ACCESS_TOKEN = "akab-access-token-9876543210";

    private Loopback() {}

    public static MockWebServer startServer() {
        MockWebServer server = new MockWebServer();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    public static EdgeGridCredential credential(MockWebServer server) {
        return credentialFor("127.0.0.1:" + server.getPort());
    }

    public static EdgeGridCredential credentialFor(String host) {
        return EdgeGridCredential.builder()
                .host(host)
                .clientToken(CLIENT_TOKEN)
                .clientSecret(CLIENT_SECRET)
                .accessToken(ACCESS_TOKEN)
                .build();
    }

    /** A loopback port with nothing listening: connecting to it is refused. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse json(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    public static MockResponse json(String body) {
        return json(200, body);
    }

    /** A user as the server returns it, with response-only and unlisted members. */
    public static final String USER_JSON = "{\"uiIdentityId\":\"A-B-1CDEFG\",\"uiUserName\":\"jdoe\","
            + "\"accountId\":\"1-ABCDE\",\"isLocked\":false,\"firstName\":\"Jane\",\"lastName\":\"Doe\","
            + "\"email\":\"jane@example.com\",\"phone\":\"(617) 555-0100\",\"country\":\"USA\","
            + "\"state\":\"MA\",\"timeZone\":\"GMT\",\"preferredLanguage\":\"English\","
            + "\"sessionTimeOut\":1800,\"tfaEnabled\":true,\"tfaConfigured\":true,\"userStatus\":\"ACTIVE\"}";
}
