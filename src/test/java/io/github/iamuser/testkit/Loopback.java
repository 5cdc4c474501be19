package io.github.iamuser.testkit;

import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A loopback listener whose accept queue is full: Linux drops further SYNs, so connecting to
     * {@link FullListener#host()} times out with the JDK's own exception and message.
     */
    public static FullListener fullListener() throws IOException {
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        InetSocketAddress address = new InetSocketAddress(full.getInetAddress(), full.getLocalPort());
        List<Socket> held = new ArrayList<>();
        FullListener listener = new FullListener(full, held);
        for (int i = 0; i < 16; i++) {
            Socket socket = new Socket();
            held.add(socket);
            try {
                socket.connect(address, 200);
            } catch (SocketTimeoutException e) {
                return listener;
            }
        }
        listener.close();
        throw new IllegalStateException("the accept queue never filled up");
    }

    /** See {@link #fullListener()}; closing it closes the listener and the connections that filled it. */
    public record FullListener(ServerSocket socket, List<Socket> held) implements AutoCloseable {
        /** {@code 127.0.0.1:port}. */
        public String host() {
            return "127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (Socket s : held) {
                s.close();
            }
            socket.close();
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

    /**
     * A user as the server returns it in either version (v3's additionalAuthentication beside v2's tfaEnabled,
     * which v3 still reports), with response-only and unlisted members.
     */
    public static final String USER_JSON = "{\"uiIdentityId\":\"A-B-1CDEFG\",\"uiUserName\":\"jdoe\","
            + "\"accountId\":\"1-ABCDE\",\"isLocked\":false,\"firstName\":\"Jane\",\"lastName\":\"Doe\","
            + "\"email\":\"jane@example.com\",\"phone\":\"(617) 555-0100\",\"country\":\"USA\","
            + "\"state\":\"MA\",\"timeZone\":\"GMT\",\"preferredLanguage\":\"English\","
            + "\"sessionTimeOut\":1800,\"additionalAuthentication\":\"TFA\","
            + "\"additionalAuthenticationConfigured\":true,\"tfaEnabled\":true,\"tfaConfigured\":true,"
            + "\"userStatus\":\"ACTIVE\"}";
}
