package io.github.iamuser.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP proxy on loopback, as a corporate one behaves: it answers {@code CONNECT host:port} by
 * tunnelling to one fixed address (as if its DNS named every host there), asks for {@code
 * Proxy-Authorization} with a 407 when given one to require, refuses anything but CONNECT, and
 * records every request head it got.
 */
public final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress tunnelTo;
    private final String requiredAuthorization;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private ConnectProxy(InetSocketAddress tunnelTo, String requiredAuthorization) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.tunnelTo = tunnelTo;
        this.requiredAuthorization = requiredAuthorization;
        Thread acceptor = new Thread(this::accept, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy that tunnels every CONNECT to {@code tunnelTo}; {@code requiredAuthorization} is a Proxy-Authorization value, or null for none. */
    public static ConnectProxy start(InetSocketAddress tunnelTo, String requiredAuthorization) throws IOException {
        return new ConnectProxy(tunnelTo, requiredAuthorization);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every request head received (request line and headers, lines joined by {@code \n}), in order. */
    public List<String> heads() {
        return List.copyOf(heads);
    }

    /** How many tunnels were opened. */
    public long tunnels() {
        return heads.stream().filter(this::authorized).count();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> serve(client), "connect-proxy-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                heads.add(head);
                if (!head.startsWith("CONNECT ")) {
                    out.write(response("405 Method Not Allowed", "Connection: close\r\n"));
                    return;
                }
                if (!authorized(head)) {
                    out.write(response(
                            "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"\r\n"));
                    continue;
                }
                try (Socket target = new Socket(tunnelTo.getAddress(), tunnelTo.getPort())) {
                    sockets.add(target);
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread up = new Thread(() -> pipe(in, target), "connect-proxy-up");
                    up.setDaemon(true);
                    up.start();
                    pipe(target.getInputStream(), client);
                }
                return;
            }
        } catch (IOException ended) {
            // the client or the target closed the connection
        }
    }

    private boolean authorized(String head) {
        if (!head.startsWith("CONNECT ")) {
            return false;
        }
        return requiredAuthorization == null
                || head.lines().anyMatch(line -> line.equals("Proxy-Authorization: " + requiredAuthorization));
    }

    private static byte[] response(String status, String headers) {
        return ("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ended) {
            // one side closed
        }
    }

    /** The head up to the empty line, without it; null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text.strip().replace("\r\n", "\n");
            }
            if (head.size() > 16 * 1024) {
                throw new IOException("request head too long");
            }
        }
        return null;
    }

    /** The header {@code name}'s value in {@code head}, or null. */
    public static String header(String head, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return head.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip())
                .findFirst()
                .orElse(null);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
