package io.github.iamuser.contract;

import io.github.iamuser.TestSigning;
import io.github.iamuser.auth.EdgeGridCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Signs a request that Pact is about to replay against a provider with the library's own
 * the library's signing, over the method, raw path and query, and body Pact sends.
 *
 * <p>The interceptor runs in an OkHttp chain whose last link hands the signed request back instead
 * of sending it, so nothing goes on the wire here; the header is then set on Pact's request.
 */
final class ReplaySigner {
    private final String baseUrl;
    private final OkHttpClient signer;

    /** Signs with {@code credential}, whose host must be the provider's ({@code 127.0.0.1:PORT}). */
    ReplaySigner(EdgeGridCredential credential) {
        this.baseUrl = credential.baseUrl();
        this.signer = new OkHttpClient.Builder()
                .addInterceptor(TestSigning.signing(credential))
                .addInterceptor(chain -> handBack(chain.request()))
                .build();
    }

    /** Replaces the example {@code Authorization} header of the pact with a fresh signature of {@code request}. */
    void sign(HttpRequest request) {
        request.setHeader("Authorization", authorization(request.getMethod(), request.getRequestUri(), body(request)));
    }

    /** The {@code Authorization} value for this method, raw path and query, and body (null: none). */
    String authorization(String method, String rawTarget, byte[] body) {
        HttpUrl url = HttpUrl.get(baseUrl + rawTarget.substring(1));
        String signedTarget = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        if (!signedTarget.equals(rawTarget)) {
            throw new IllegalStateException("cannot sign " + method + " " + rawTarget + ": OkHttp would"
                    + " send it as " + signedTarget + ", so the signature would not match what Pact sends.");
        }
        RequestBody requestBody = body == null ? null : RequestBody.create(body, (MediaType) null);
        Request unsigned =
                new Request.Builder().url(url).method(method, requestBody).build();
        try (Response signed = signer.newCall(unsigned).execute()) {
            return signed.request().header("Authorization");
        } catch (IOException e) {
            throw new UncheckedIOException("signing " + method + " " + rawTarget + " failed", e);
        }
    }

    private static Response handBack(Request signed) {
        return new Response.Builder()
                .request(signed)
                .protocol(Protocol.HTTP_1_1)
                .code(204)
                .message("signed, not sent")
                .body(ResponseBody.create(new byte[0], null))
                .build();
    }

    private static byte[] body(HttpRequest request) {
        HttpEntity entity = request instanceof ClassicHttpRequest classic ? classic.getEntity() : null;
        if (entity == null) {
            return null;
        }
        try {
            return EntityUtils.toByteArray(entity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the body Pact is about to send", e);
        }
    }
}
