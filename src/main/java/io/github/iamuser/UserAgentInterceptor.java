package io.github.iamuser;

import io.github.iamuser.internal.LibraryInfo;
import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/** OkHttp interceptor that sets the {@code User-Agent} header. */
final class UserAgentInterceptor implements Interceptor {
    private static final Pattern PRODUCT_TOKENS = Pattern.compile("[\\x21-\\x7E]+( [\\x21-\\x7E]+)*");

    private final String userAgent;

    public UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    /**
     * {@code akamai-iam-user/<version> java/<java.version>}, the version being {@link LibraryInfo#version()},
     * then the suffix (such as {@code my-tool/1.2}) if not null.
     */
    public static String defaultUserAgent(String suffix) {
        String base = "akamai-iam-user/" + LibraryInfo.version() + " java/" + System.getProperty("java.version");
        if (suffix != null && !PRODUCT_TOKENS.matcher(suffix).matches()) {
            throw new IllegalArgumentException("userAgentSuffix '" + suffix + "' is not valid: use"
                    + " printable ASCII words separated by single spaces, for example my-tool/1.2.");
        }
        return suffix == null ? base : base + " " + suffix;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(
                chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
