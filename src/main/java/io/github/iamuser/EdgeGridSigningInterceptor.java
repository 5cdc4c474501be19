package io.github.iamuser;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.exceptions.RequestSigningException;
import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.RequestNotSignedException;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp network interceptor that adds an EdgeGrid {@code Authorization} header, computed by
 * edgegrid-signer-core over exactly what goes on the wire. Install it with
 * {@code addNetworkInterceptor} so each retry and redirect is signed anew. It throws
 * {@link RequestNotSignedException}, before anything is sent, for plain http to a host that is not
 * loopback, for any host but the credential's (as after a redirect), and for the requests
 * {@link SignerRequest} cannot hand the library exactly as sent.
 */
final class EdgeGridSigningInterceptor implements Interceptor {
    private final EdgeGridCredential credential;
    private final HttpUrl ownOrigin;
    private final List<String> signedHeaders;
    private final ClientCredential signerCredential;
    private final EdgeGridV1Signer signer;

    /** Signs with {@code credential}, the system clock and random UUID nonces. */
    EdgeGridSigningInterceptor(EdgeGridCredential credential) {
        this(credential, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** Signs with {@code credential}, taking timestamps from {@code clock} and nonces from {@code nonces}. */
    EdgeGridSigningInterceptor(EdgeGridCredential credential, Clock clock, Supplier<String> nonces) {
        SignerLogWarning.ONCE_PER_JVM.checkSignerLogger();
        this.credential = credential;
        this.ownOrigin = HttpUrl.get(credential.baseUrl());
        this.signedHeaders = credential.headersToSign().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        this.signerCredential = ClientCredential.builder()
                .host(credential.host())
                .clientToken(credential.clientToken())
                .clientSecret(credential.clientSecret())
                .accessToken(credential.accessToken())
                .maxBodySize(credential.maxBody())
                .headersToSign(new LinkedHashSet<>(signedHeaders))
                .build();
        this.signer = new EdgeGridV1Signer() {
            @Override
            protected long getTimestamp() {
                return clock.millis();
            }

            @Override
            protected String getNonce() {
                return nonces.get();
            }
        };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        checkDestination(request.url());
        String authorization;
        try {
            authorization = signer.getSignature(SignerRequest.of(request, signedHeaders), signerCredential);
        } catch (RequestSigningException e) {
            throw new IllegalStateException(
                    "edgegrid-signer-core could not sign: " + e.getMessage() + " Every"
                            + " Java SE platform provides HmacSHA256 and SHA-256; check the JVM's security providers.",
                    e);
        }
        return chain.proceed(
                request.newBuilder().header("Authorization", authorization).build());
    }

    /** Signed requests go only to the credential's own host and port, over https unless it is loopback. */
    private void checkDestination(HttpUrl url) throws RequestNotSignedException {
        boolean plainHttp = !url.isHttps() && !credential.isLoopback();
        if (plainHttp || url.port() != ownOrigin.port() || !url.host().equals(ownOrigin.host())) {
            String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
            throw new RequestNotSignedException("Refused to sign a request to " + url.scheme() + "://" + host
                    + ":" + url.port()
                    + (plainHttp
                            ? ": EdgeGrid credentials go over plain http only to a loopback host with a port"
                                    + " (such as 127.0.0.1:8080). Use https, as in " + credential.baseUrl() + "."
                            : ": the credential is for host " + credential.host() + " and its tokens go to no other"
                                    + " host (was the request redirected?). Send requests to " + credential.baseUrl()
                                    + "."));
        }
    }
}
