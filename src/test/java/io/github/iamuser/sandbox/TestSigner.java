package io.github.iamuser.sandbox;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.Request;
import com.akamai.edgegrid.signer.exceptions.RequestSigningException;
import io.github.iamuser.auth.EdgeGridCredential;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Test helper: Authorization headers from Akamai's own signer (edgegrid-signer-core), with a chosen
 * signing time, for requests built by hand.
 */
final class TestSigner extends EdgeGridV1Signer {
    private final Instant signedAt;

    private TestSigner(Instant signedAt) {
        this.signedAt = signedAt;
    }

    /** The header value for a request signed at {@code signedAt} with {@code credential}. */
    static String authorization(
            EdgeGridCredential credential,
            Instant signedAt,
            String method,
            String rawTarget,
            byte[] body,
            Map<String, String> headers) {
        ClientCredential signerCredential = ClientCredential.builder()
                .host(credential.host())
                .clientToken(credential.clientToken())
                .clientSecret(credential.clientSecret())
                .accessToken(credential.accessToken())
                .maxBodySize(credential.maxBody())
                .headersToSign(new java.util.TreeSet<>(credential.headersToSign()))
                .build();
        Request request = Request.builder()
                .method(method)
                .rawUri(URI.create(rawTarget))
                .body(body)
                .headers(headers)
                .build();
        try {
            return new TestSigner(signedAt).getSignature(request, signerCredential);
        } catch (RequestSigningException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value for a bodiless GET signed now. */
    static String authorization(EdgeGridCredential credential, String rawTarget) {
        return authorization(credential, Instant.now(), "GET", rawTarget, new byte[0], Map.of());
    }

    @Override
    protected long getTimestamp() {
        return signedAt.toEpochMilli();
    }
}
