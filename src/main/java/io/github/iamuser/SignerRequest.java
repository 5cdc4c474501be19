package io.github.iamuser;

import com.akamai.edgegrid.signer.Request;
import io.github.iamuser.internal.RequestNotSignedException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Translates an OkHttp request into edgegrid-signer-core's {@link Request} so that the library signs
 * byte for byte what goes on the wire; refuses the few requests it (6.0.2) cannot sign as sent.
 */
final class SignerRequest {
    /** Ignored by the library; keeps a path starting with {@code //} a path. */
    private static final String AUTHORITY = "https://edgegrid";

    private SignerRequest() {}

    /** The library's view of {@code request}; {@code signedHeaders} are lower case, credential order. */
    static Request of(okhttp3.Request request, List<String> signedHeaders) throws IOException {
        return Request.builder()
                .method(method(request))
                .rawUri(target(request.url()))
                .headers(headers(request, signedHeaders))
                .body(postBody(request))
                .build();
    }

    /** The method, which the library signs upper-cased: refused unless that is how it is sent. */
    private static String method(okhttp3.Request request) throws RequestNotSignedException {
        String method = request.method();
        String signed = method.toUpperCase();
        if (!signed.equals(method)) {
            throw new RequestNotSignedException("Refused to sign a " + method + " request to "
                    + request.url().encodedPath() + ": edgegrid-signer-core signs the method upper-cased, as "
                    + signed + ", so the signature would not match the method sent. Use " + signed + ".");
        }
        return method;
    }

    /**
     * The URI whose raw path and decoded query are {@code url}'s encoded path and query: given a
     * {@code rawUri}, the library signs {@code getRawPath()} and the DECODED {@code getQuery()}, so the
     * query goes with '%' encoded once more ({@code a%26b} as {@code a%2526b}, signed as {@code a%26b}).
     * A path URI refuses ('[', ']', a '%' that starts no %XX, all sent by OkHttp as given) cannot be
     * handed over as sent.
     */
    private static URI target(HttpUrl url) throws RequestNotSignedException {
        String path = url.encodedPath();
        String query = url.encodedQuery();
        try {
            // URI's multi-argument constructors quote '%' and every other character not legal in a query.
            String quotedQuery = query == null ? "" : "?" + new URI(null, null, null, query, null).getRawQuery();
            return new URI(AUTHORITY + path + quotedQuery);
        } catch (URISyntaxException e) {
            // The authority is valid and the query quoted: what URI refuses is in the path, and is ASCII
            // (URI takes any other character as is).
            char refused = path.charAt(e.getIndex() - AUTHORITY.length());
            throw new RequestNotSignedException("Refused to sign a request to " + path + ": its path holds '"
                    + refused + "' as is, and edgegrid-signer-core 6.0.2 cannot sign that exactly as sent because"
                    + " java.net.URI refuses it in a path (" + e.getReason() + "). Percent-encode it in the path ('"
                    + refused + "' as " + String.format("%%%02X", (int) refused) + "), for example with"
                    + " HttpUrl.Builder.addEncodedPathSegment.");
        }
    }

    /**
     * The signed headers {@code request} carries with a non-blank value (the library trims them and
     * collapses whitespace). EdgeGrid signs them in the order of headersToSign, the library in the order
     * of its {@link HashMap}: two or more whose hash order differs cannot be signed right.
     */
    private static Map<String, String> headers(okhttp3.Request request, List<String> signedHeaders)
            throws RequestNotSignedException {
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : signedHeaders) {
            List<String> values = request.headers(name);
            if (values.size() > 1) {
                throw new RequestNotSignedException("Refused to sign: header " + name + " is signed but the"
                        + " request carries it " + values.size() + " times, and EdgeGrid signs one value per"
                        + " header. Send it once, with the values joined by ', '.");
            }
            if (!values.isEmpty() && !values.get(0).trim().isEmpty()) {
                signed.put(name, values.get(0));
            }
        }
        // One put at a time into a default-sized HashMap, as RequestBuilder.header does (putAll would
        // size the table differently and so iterate in another order).
        Map<String, String> signerMap = new HashMap<>();
        signed.forEach(signerMap::put);
        List<String> credentialOrder = List.copyOf(signed.keySet());
        List<String> signerOrder = List.copyOf(signerMap.keySet());
        if (!signerOrder.equals(credentialOrder)) {
            throw new RequestNotSignedException("Refused to sign: the request carries the signed headers "
                    + credentialOrder + ", which EdgeGrid signs in that order (the order of headersToSign), but"
                    + " edgegrid-signer-core 6.0.2 would sign them as " + signerOrder + " (the order of its hash"
                    + " map), so the server would reject the signature. Send at most one of them per request, or list"
                    + " them in headersToSign as " + signerOrder + " if the API accepts that order.");
        }
        return signed;
    }

    /** The bytes of a POST body (EdgeGrid hashes no other); null for other methods and no body. */
    private static byte[] postBody(okhttp3.Request request) throws IOException {
        RequestBody body = request.body();
        if (body == null || !"POST".equals(request.method())) {
            return null;
        }
        if (body.isOneShot()) {
            throw new RequestNotSignedException(
                    "Refused to sign a POST to " + request.url().encodedPath()
                            + ": its body can be read only once, but EdgeGrid hashes the body before it is sent. Use a"
                            + " body that can be written more than once, such as one from RequestBody.create(...).");
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}
