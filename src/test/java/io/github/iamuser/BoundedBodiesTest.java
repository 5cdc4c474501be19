package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.options.RetryPolicy;
import io.github.iamuser.testkit.Loopback;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BoundedBodies, against a server that answers with a body that never ends: the client stops reading it
 * instead of filling the heap, for a success and for an error.
 */
class BoundedBodiesTest {

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 500})
    void anEndlessBodyIsCutAndExplainedNotReadUntilTheHeapIsFull(int status) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread server = new Thread(() -> answerForever(listener, status));
            server.setDaemon(true);
            server.start();
            IamClient iam = IamClient.builder()
                    .credential(Loopback.credentialFor("127.0.0.1:" + listener.getLocalPort()))
                    .retryPolicy(RetryPolicy.none())
                    .build();

            IamException e = assertThrows(IamException.class, () -> iam.getUser("A-B-1CDEFG"));

            assertEquals(status, e.status());
            assertTrue(e.body().startsWith("{\"title\":"), e.body());
            assertTrue(
                    (status == 200 ? e.getMessage() : e.body()).contains("more than 32 MiB, not read further"),
                    e.getMessage() + "\n" + e.body());
        }
    }

    /** Answers one request with {@code status} and a chunked JSON-looking body that never ends. */
    private static void answerForever(ServerSocket listener, int status) {
        try (Socket socket = listener.accept()) {
            socket.getInputStream().read(new byte[16 * 1024]);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    + "9\r\n{\"title\":\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(size);
                out.write(chunk);
                out.write(new byte[] {'\r', '\n'});
            }
        } catch (IOException clientStoppedReading) {
            // the end this test expects
        }
    }
}
