package io.github.iamuser;

import io.github.iamuser.errors.AuthenticationException;
import io.github.iamuser.errors.ConflictException;
import io.github.iamuser.errors.ConnectionException;
import io.github.iamuser.errors.FailedCall;
import io.github.iamuser.errors.ForbiddenException;
import io.github.iamuser.errors.IamException;
import io.github.iamuser.errors.NotFoundException;
import io.github.iamuser.errors.RateLimitException;
import io.github.iamuser.errors.ServerException;
import io.github.iamuser.errors.ValidationException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns a failed call into the {@link IamException} subclass that names it and says what to do. */
final class ResponseErrors {
    private final Clock clock;
    private final OkHttpClient timeouts;

    ResponseErrors(Clock clock, OkHttpClient timeouts) {
        this.clock = clock;
        this.timeouts = timeouts;
    }

    /** The exception for a response with an error status; {@code errorBody} is its body. */
    IamException fromResponse(Response response, ResponseBody errorBody) {
        FailedCall call = FailedCall.answered(
                response.request().method(),
                pathAndQuery(response.request().url()),
                response.code(),
                response.headers().toMultimap(),
                text(errorBody));
        int status = response.code();
        if (RateLimitSignals.isRateLimited(status, call.body())) {
            return new RateLimitException(
                    call,
                    RateLimitSignals.requestedWait(response.headers(), clock.instant())
                            .orElse(null));
        }
        return switch (status) {
            case 400 -> new ValidationException(call);
            case 401 -> new AuthenticationException(call);
            case 403 -> new ForbiddenException(call);
            case 404 -> new NotFoundException(call);
            case 409 -> new ConflictException(call);
            default -> status >= 500 ? new ServerException(call) : new IamException(call);
        };
    }

    /**
     * The exception for a successful (200) response whose body is not the expected JSON. The answer to a
     * write says the write may have been applied, and shows nothing of the body (a user's profile); a GET's
     * body that was cut short is a {@link ConnectionException}, as when no answer came.
     */
    IamException unexpectedBody(Request sent, JsonResponseConverterFactory.NotTheExpectedJson e, boolean canceled) {
        String path = pathAndQuery(sent.url());
        if (!sent.method().equals("GET")) {
            String why = e.body == null
                    ? e.why
                    : e.body.isEmpty()
                            ? "the body is empty"
                            : "the body is not the JSON of a user (" + e.why + "; " + e.body.length()
                                    + " characters, not shown: they may hold personal data)";
            return new AnswerUnread(
                    sent.method() + " " + path + " was answered HTTP 200, but the answer could not be read (" + why
                            + "): the update may have been applied. Run the same update again: it reads the user and"
                            + " tells (nothing is sent when the profile already holds the values).",
                    FailedCall.answered(sent.method(), path, 200, Map.of(), ""),
                    e);
        }
        if (e.body == null) {
            return noResponse(sent, (IOException) e.getCause(), canceled);
        }
        return new IamException(
                FailedCall.answered(sent.method(), path, 200, Map.of(), e.body),
                "The response is not the JSON this operation returns (" + e.why + "), so nothing more was"
                        + " sent: check that the credential's host is an Akamai API host (or the sandbox) and"
                        + " not a proxy or web page.");
    }

    /** The exception for a call that got no response; {@code canceled} when the call timeout ended it. */
    ConnectionException noResponse(Request sent, IOException failure, boolean canceled) {
        FailedCall call = FailedCall.unanswered(sent.method(), pathAndQuery(sent.url()));
        return new ConnectionException(
                call, sent.url().host() + ":" + sent.url().port(), failure, advice(failure, canceled));
    }

    private String advice(IOException failure, boolean canceled) {
        if (canceled) {
            return "The call did not finish within callTimeout (" + millis(timeouts.callTimeoutMillis())
                    + "), retries included: raise callTimeout, or try again later.";
        }
        if (RetryInterceptor.isConnectTimeout(failure)) {
            return "No connection within connectTimeout (" + millis(timeouts.connectTimeoutMillis())
                    + "): check the credential's host, the network and any proxy.";
        }
        if (failure instanceof SocketTimeoutException) {
            return "The server did not answer within readTimeout (" + millis(timeouts.readTimeoutMillis())
                    + "): try again later, or raise readTimeout.";
        }
        if (failure instanceof InterruptedIOException) {
            return "The calling thread was interrupted; nothing more was attempted.";
        }
        if (failure instanceof UnknownHostException) {
            return "The host name does not resolve: check the credential's host (copy it from the API"
                    + " client's credentials) and DNS or proxy settings.";
        }
        if (failure instanceof ConnectException) {
            return "The connection was refused or failed: check the credential's host, the network and" + " any proxy.";
        }
        return "The connection failed: check the network and any proxy, then try again.";
    }

    private static String millis(int millis) {
        if (millis == 0) {
            return "none";
        }
        Duration d = Duration.ofMillis(millis);
        return d.toMillisPart() == 0 ? d.toSeconds() + " s" : millis + " ms";
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    }

    /** A write answered 200 whose answer could not be read: it may have been applied. */
    private static final class AnswerUnread extends IamException {
        private static final long serialVersionUID = 1L;

        AnswerUnread(String message, FailedCall call, Throwable cause) {
            super(message, call, cause);
        }
    }

    private static String text(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body) {
            return body.string();
        } catch (IOException unreadable) {
            return "";
        }
    }
}
