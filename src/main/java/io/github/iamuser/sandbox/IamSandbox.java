package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A local IAM server on 127.0.0.1 that plays {@code openapi/iam-v2-users.yaml} and {@code
 * openapi/iam-v3-users.yaml} over the same users: it checks every EdgeGrid signature, enforces each
 * version's PUT body schema, erases a field whose key a PUT leaves out (as the real API does), keeps
 * v2's {@code tfaEnabled} and v3's {@code additionalAuthentication} one setting, serves the lookups
 * (and v3's list of users), and can inject faults. Start one per test class or test.
 *
 * <pre>{@code
 * try (IamSandbox sandbox = IamSandbox.start()) {
 *   EdgeGridCredential credential = sandbox.credential();   // host 127.0.0.1:PORT, http
 *   // ... call sandbox.baseUrl() signed with credential ...
 * }
 * }</pre>
 */
public final class IamSandbox implements AutoCloseable {
    /** How many requests the sandbox answers at once unless {@link Builder#threads(int)} says otherwise. */
    public static final int DEFAULT_THREADS = 32;

    /** How long a client may take to send a request, unless {@link Builder#readTimeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The JDK's server sends a response's headers and body in two writes; with Nagle's algorithm on,
     * the body then waits for the client's delayed ACK, about 40 ms per request. This JDK setting turns
     * Nagle off for {@code com.sun.net.httpserver} servers; the JDK reads it once, when the first such
     * server of the JVM starts, so it is set here unless the user has set it.
     */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExchangeRunner exchanges;
    private final EdgeGridCredential credential;
    private final Accounts accounts;
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();

    private IamSandbox(Builder builder) throws IOException {
        accounts = new Accounts(builder.users);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", builder.port), 128);
        String host = "127.0.0.1:" + server.getAddress().getPort();
        EdgeGridCredential given = builder.credential;
        credential = (given == null
                        ? RandomCredential.forHost(host)
                        : given.toBuilder().host(host))
                .accountSwitchKey(null)
                .build();
        exchanges = new ExchangeRunner(builder.threads, builder.readTimeout, "iam-sandbox-" + host);
        server.setExecutor(exchanges);
        server.createContext(
                "/",
                new SandboxHandler(
                        new EdgeGridVerifier(credential),
                        new SandboxRouter(accounts),
                        faults,
                        log,
                        exchanges,
                        builder.ratePerSecond > 0 ? new RateLimiter(builder.ratePerSecond, builder.burst) : null));
        server.start();
    }

    /** Starts a sandbox on a free port of 127.0.0.1 with a random credential. */
    public static IamSandbox start() {
        return builder().start();
    }

    /** Starts configuring a sandbox (port, credential, threads). */
    public static Builder builder() {
        return new Builder();
    }

    /** Where to send requests, e.g. {@code http://127.0.0.1:PORT/}; ends in {@code /}. */
    public String baseUrl() {
        return credential.baseUrl();
    }

    /** The port the sandbox listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The credential the sandbox accepts signatures of: host {@code 127.0.0.1:PORT}, no switch key. */
    public EdgeGridCredential credential() {
        return credential;
    }

    /** The text of an {@code .edgerc} section holding {@link #credential()}, headed {@code [sectionName]}. */
    public String edgercSection(String sectionName) {
        require(
                sectionName != null && !sectionName.isBlank() && !sectionName.matches(".*[\\[\\]\\r\\n].*"),
                "section name '" + sectionName + "' is not usable: give a name such as default or sandbox, without"
                        + " brackets or line breaks.");
        return "[" + sectionName + "]\n"
                + "client_secret = " + credential.clientSecret() + "\n"
                + "host = " + credential.host() + "\n"
                + "access_token = " + credential.accessToken() + "\n"
                + "client_token = " + credential.clientToken() + "\n"
                + "max_body = " + credential.maxBody() + "\n";
    }

    /** The fault queue: what is queued there replaces the answers to the next matching requests. */
    public Faults faults() {
        return faults;
    }

    /** The requests answered so far (the most recent 10,000 at most), oldest first. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** How many PUT requests arrived since the start or the last {@link #reset()}, whatever their answer. */
    public long putCount() {
        return log.putCount();
    }

    /** How many requests were answered 429 by the rate limit (or a fault) since the start or the last reset. */
    public long rateLimitedCount() {
        return log.rateLimitedCount();
    }

    /**
     * For each user whose profile was replaced since the start or the last reset, how many PUTs
     * replaced it (answered 200), by id as sent in the path: proof that a bulk run updated each
     * user exactly once.
     */
    public Map<String, Long> storedProfileCounts() {
        return log.storedProfileCounts();
    }

    /**
     * A copy of a stored user, as the sandbox holds it (with {@code notifications}, {@code actions}
     * and {@code authGrants}); {@code accountSwitchKey} null for the own account.
     *
     * @throws IllegalArgumentException when that account has no such user
     */
    public JsonObject user(String accountSwitchKey, String uiIdentityId) {
        JsonObject user = accounts.find(accountSwitchKey, uiIdentityId);
        if (user == null) {
            throw new IllegalArgumentException("no user '" + uiIdentityId + "' in the "
                    + (accountSwitchKey == null ? "own account" : "account of switch key '" + accountSwitchKey + "'")
                    + ": SandboxUsers lists the seeded users and their accounts.");
        }
        return user.deepCopy();
    }

    /**
     * Re-seeds every user as {@link SandboxUsers} describes (and the generated users), and clears the
     * fault queue, the request log and the counts.
     */
    public void reset() {
        accounts.reset();
        faults.clear();
        log.clear();
    }

    /** Stops listening at once, dropping any request in progress. */
    @Override
    public void close() {
        server.stop(0);
        exchanges.close();
    }

    @Override
    public String toString() {
        return "IamSandbox{" + baseUrl() + "}";
    }

    /** Refuses an argument that is not {@code valid}, saying why and what to give instead. */
    static void require(boolean valid, String problem) {
        if (!valid) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Configures an {@link IamSandbox}; every setting has a default. */
    public static final class Builder {
        private int port;
        private EdgeGridCredential credential;
        private int threads = DEFAULT_THREADS;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int users;
        private double ratePerSecond;
        private int burst;

        private Builder() {}

        /** Adds {@code count} generated users ({@link SandboxUsers#generatedUser}) to the own account (default 0). */
        public Builder users(int count) {
            require(
                    count >= 0 && count <= SandboxUsers.MAX_GENERATED_USERS,
                    "users must be 0 to " + SandboxUsers.MAX_GENERATED_USERS + " (got " + count + ").");
            this.users = count;
            return this;
        }

        /**
         * Limits requests as Akamai does, with a token bucket: {@code perSecond} requests a second,
         * bursts of up to {@code burst}; a request over the limit is a 429 with {@code X-RateLimit-Limit},
         * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Next}, and every answer carries the first two.
         * Default: no limit.
         */
        public Builder rateLimit(double perSecond, int burst) {
            require(
                    perSecond > 0 && burst >= 1,
                    "rateLimit needs a positive rate and a burst of at least 1 (got " + perSecond + " a second, burst "
                            + burst + "), such as rateLimit(20, 20).");
            this.ratePerSecond = perSecond;
            this.burst = burst;
            return this;
        }

        /** The port on 127.0.0.1 (0, the default, picks a free one). */
        public Builder port(int port) {
            require(port >= 0 && port <= 65535, "port must be 0 to 65535 (got " + port + "): use 0 for any free port.");
            this.port = port;
            return this;
        }

        /**
         * The tokens, secret, max_body and headers to sign to accept (default: random ones); the
         * credential's host and switch key are ignored, since the sandbox's own host is signed.
         */
        public Builder credential(EdgeGridCredential credential) {
            this.credential = credential;
            return this;
        }

        /** How many requests are answered at once (default {@value IamSandbox#DEFAULT_THREADS}). */
        public Builder threads(int threads) {
            require(threads >= 1, "threads must be at least 1 (got " + threads + ").");
            this.threads = threads;
            return this;
        }

        /**
         * How long a client may take to send a request, headers and body, from its first byte (default
         * {@link IamSandbox#DEFAULT_READ_TIMEOUT}); a connection that takes longer is closed unanswered,
         * so clients that stall mid-request cannot hold the sandbox.
         */
        public Builder readTimeout(Duration readTimeout) {
            require(
                    readTimeout != null && readTimeout.compareTo(Duration.ZERO) > 0,
                    "readTimeout must be positive (got " + readTimeout
                            + "): pass how long a client may take to send a request, such as Duration.ofSeconds(10).");
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Binds the port and starts answering.
         *
         * @throws UncheckedIOException when the port cannot be bound (for example, it is in use)
         */
        public IamSandbox start() {
            try {
                return new IamSandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                                + "): choose another port, or 0 for any free one.",
                        e);
            }
        }
    }
}
