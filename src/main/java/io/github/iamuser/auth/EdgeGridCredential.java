package io.github.iamuser.auth;

import com.akamai.edgegrid.signer.ClientCredential;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An Akamai EdgeGrid API client credential (the values of one {@code .edgerc} section), checked when
 * built; its {@code toString()} never shows the secret or the tokens.
 *
 * @param host the bare host name, such as {@code akab-xxx.luna.akamaiapis.net}; a loopback host with
 *     a port ({@code 127.0.0.1:8080}) selects plain http
 * @param clientToken the client token
 * @param clientSecret the client secret: never log it
 * @param accessToken the access token
 * @param maxBody how many bytes of a POST body are hashed into the signature
 * @param headersToSign names of the request headers that are part of the signature (usually none)
 * @param accountSwitchKey the account calls run in by default ({@code account_key}), or null
 */
public record EdgeGridCredential(
        String host,
        String clientToken,
        String clientSecret,
        String accessToken,
        int maxBody,
        List<String> headersToSign,
        String accountSwitchKey) {
    /** The {@code max_body} Akamai's tools use when none is given: 131072, edgegrid-signer-core's own. */
    public static final int DEFAULT_MAX_BODY = ClientCredential.DEFAULT_MAX_BODY_SIZE_IN_BYTES;

    static final String CONTROL_CENTER =
            "the API client's credentials in Akamai Control Center (Identity and Access Management > API clients)";

    private static final Pattern LOOPBACK_WITH_PORT =
            Pattern.compile("^(localhost|127(\\.\\d{1,3}){3}|\\[::1]):\\d{1,5}$");
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.\\-]+(:\\d{1,5})?$|^\\[::1]:\\d{1,5}$");

    private static final Pattern ACCOUNT_SWITCH_KEY_FORM = Pattern.compile("^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$");

    /** Checks every value; a bad one is an IllegalArgumentException naming it and saying how to fix it. */
    public EdgeGridCredential {
        host = requireHost(host);
        clientToken = requireText("client_token", clientToken);
        clientSecret = requireText("client_secret", clientSecret);
        accessToken = requireText("access_token", accessToken);
        if (maxBody <= 0) {
            throw new IllegalArgumentException("max_body must be a positive number of bytes (got " + maxBody
                    + "); leave it out to use " + DEFAULT_MAX_BODY + ".");
        }
        headersToSign = List.copyOf(headersToSign);
        accountSwitchKey = accountSwitchKey == null || accountSwitchKey.isBlank()
                ? null
                : requireAccountSwitchKey(accountSwitchKey.trim());
    }

    /** Returns {@code key} when it has an account switch key's form ({@code 1-5C0YLB} or {@code 1-5C0YLB:1-8BYUX}), else throws naming the rule. */
    public static String requireAccountSwitchKey(String key) {
        if (key == null || !ACCOUNT_SWITCH_KEY_FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("accountSwitchKey '" + key + "' is not valid: it must be"
                    + " letters, digits, '-' or '_', with at most one ':' (for example 1-5C0YLB or"
                    + " 1-5C0YLB:1-8BYUX). List the keys you may use with the IAM API's"
                    + " 'List account switch keys' operation.");
        }
        return key;
    }

    /** Starts a credential; every value but max_body, headers to sign and account key is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the host is a loopback address with a port, the only case where plain http is used. */
    public boolean isLoopback() {
        return LOOPBACK_WITH_PORT.matcher(host).matches();
    }

    /** The base URL calls go to: https, or http for a loopback host with a port; ends in {@code /}. */
    public String baseUrl() {
        return (isLoopback() ? "http://" : "https://") + host + "/";
    }

    /** A copy of this credential with another account switch key (null for none). */
    public EdgeGridCredential withAccountSwitchKey(String key) {
        return toBuilder().accountSwitchKey(key).build();
    }

    /** A builder holding this credential's values. */
    public Builder toBuilder() {
        return builder()
                .host(host)
                .clientToken(clientToken)
                .clientSecret(clientSecret)
                .accessToken(accessToken)
                .maxBody(maxBody)
                .headersToSign(headersToSign)
                .accountSwitchKey(accountSwitchKey);
    }

    @Override
    public String toString() {
        return "EdgeGridCredential{host=" + host + ", clientToken=" + mask(clientToken) + ", accessToken="
                + mask(accessToken) + ", clientSecret=***, maxBody=" + maxBody + ", headersToSign=" + headersToSign
                + (accountSwitchKey == null ? "" : ", accountSwitchKey=" + accountSwitchKey) + "}";
    }

    /** Shows only the first four characters of a token, enough to tell two credentials apart. */
    private static String mask(String token) {
        return token.length() <= 8 ? "***" : token.substring(0, 4) + "***";
    }

    private static String requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing or empty: copy it from " + CONTROL_CENTER + ".");
        }
        return value.trim();
    }

    private static String requireHost(String value) {
        String h = requireText("host", value);
        // Not echoed but where it has a scheme: a value that is no host name may be a secret pasted in the wrong line.
        String problem = h.contains("://")
                ? "must be a bare host name without a scheme (got '" + h + "')"
                : h.endsWith("/")
                        ? "must not end with '/'"
                        : HOST.matcher(h).matches() ? null : "is not a host name" + firstBadCharacter(h);
        if (problem != null) {
            throw new IllegalArgumentException(
                    "host " + problem + ": write it like akab-xxxx.luna.akamaiapis.net (no scheme, path or spaces).");
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** Where {@code host} first holds a character no host name has, such as " (character 41, '+', cannot be in one)". */
    private static String firstBadCharacter(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || ".-:[]".indexOf(c) >= 0))) {
                String shown = c == ' '
                        ? "a space"
                        : Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
                return " (character " + (i + 1) + ", " + shown + ", cannot be in one)";
            }
        }
        return "";
    }

    /** Builds an {@link EdgeGridCredential}; the setters take the values of an {@code .edgerc} section. */
    public static final class Builder {
        private String host;
        private String clientToken;
        private String clientSecret;
        private String accessToken;
        private int maxBody = DEFAULT_MAX_BODY;
        private List<String> headersToSign = List.of();
        private String accountSwitchKey;

        private Builder() {}

        /** Required: the API host, {@code host} in {@code .edgerc} (such as {@code akab-xxxx.luna.akamaiapis.net}). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Required: the API client's {@code client_token}. */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /** Required: the API client's {@code client_secret}. */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /** Required: the API client's {@code access_token}. */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** In bytes; default 131072. */
        public Builder maxBody(int maxBody) {
            this.maxBody = maxBody;
            return this;
        }

        /** Default none. */
        public Builder headersToSign(List<String> headersToSign) {
            this.headersToSign = List.copyOf(headersToSign);
            return this;
        }

        /** Null or blank for none. */
        public Builder accountSwitchKey(String accountSwitchKey) {
            this.accountSwitchKey = accountSwitchKey;
            return this;
        }

        /** The credential; a bad value is an IllegalArgumentException naming it. */
        public EdgeGridCredential build() {
            return new EdgeGridCredential(
                    host, clientToken, clientSecret, accessToken, maxBody, headersToSign, accountSwitchKey);
        }
    }
}
