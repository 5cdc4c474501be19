package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Clients that stall mid-request neither stop the sandbox answering others nor stay connected past the read limit. */
class SandboxSlowClientsTest {
    private static final Duration READ_LIMIT = Duration.ofSeconds(4);
    private static final int SLOW_CLIENTS = IamSandbox.DEFAULT_THREADS + 8;

    @Test
    void clientsStalledInTheirHeadersDoNotStopOthersAndAreClosedAfterTheLimit() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().readTimeout(READ_LIMIT).start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                long openedAt = System.nanoTime();
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(stall(sandbox, "GET /identity-management/v2/user-ad"));
                }
                Thread.sleep(300); // every stalled request has reached the sandbox
                long askedAt = System.nanoTime();
                SignedClient.Answer answer = promptClient(sandbox).getUser(null, SandboxUsers.US_USER);
                assertEquals(200, answer.status(), answer.body());
                assertTrue(
                        elapsed(askedAt).compareTo(Duration.ofSeconds(2)) < 0,
                        "answered at once, not after the read limit: " + elapsed(askedAt));
                for (Socket socket : slow) {
                    assertClosedBySandbox(socket);
                }
                Duration closedAfter = elapsed(openedAt);
                assertTrue(closedAfter.compareTo(READ_LIMIT) >= 0, "not before the limit: " + closedAfter);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aClientStalledInItsBodyIsClosedAfterTheLimit() throws Exception {
        try (IamSandbox sandbox = IamSandbox.builder().readTimeout(READ_LIMIT).start();
                Socket socket = stall(
                        sandbox,
                        "PUT /identity-management/v2/user-admin/ui-identities/A-B-1CDEFG/basic-info HTTP/1.1\r\n"
                                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                                + "{\"firstName\":")) {
            long sentAt = System.nanoTime();
            assertClosedBySandbox(socket);
            assertTrue(elapsed(sentAt).compareTo(READ_LIMIT.minusMillis(500)) >= 0, "not before the limit");
            assertEquals(
                    200,
                    promptClient(sandbox).getUser(null, SandboxUsers.US_USER).status());
            assertEquals(
                    List.of("GET"),
                    sandbox.requests().stream().map(RecordedRequest::method).toList(),
                    "a request never read whole is neither answered nor recorded");
        }
    }

    @Test
    void theReadTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> IamSandbox.builder().readTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> IamSandbox.builder().readTimeout(null));
    }

    /** A loopback connection that has sent the start of a request and then nothing. */
    private static Socket stall(IamSandbox sandbox, String start) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
        socket.setSoTimeout((int) READ_LIMIT.plusSeconds(10).toMillis());
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Waits (at most the read limit plus 10 seconds) until the sandbox closes the connection without an answer. */
    private static void assertClosedBySandbox(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            assertEquals(-1, in.read(), "closed without an answer");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the sandbox kept a stalled connection open past its read limit", e);
        } catch (SocketException reset) {
            // closed by the sandbox, abortively: as good as an end of stream
        }
    }

    private static SignedClient promptClient(IamSandbox sandbox) {
        return SignedClient.of(
                sandbox,
                sandbox.credential(),
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(3)).retryOnConnectionFailure(false));
    }

    private static Duration elapsed(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
