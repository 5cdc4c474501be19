package io.github.iamuser.internal;

import java.util.regex.Pattern;

/**
 * Hides the credential values a text spells out with their label (an echoed Authorization header, a
 * {@code client_token=...}), whoever wrote them: a server may echo the header it received in a body.
 */
public final class LabelledSecrets {
    /** What a hidden value is shown as. */
    public static final String MARK = "<redacted>";

    /** A label that introduces a secret value (kept), then the value (replaced); '=' may be JSON-escaped. */
    private static final Pattern LABELLED = Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?"
            + "|EG1-HMAC-SHA256\\s+"
            + "|(?:signature|client_token|access_token|client_secret)(?:=|\\\\u003d))"
            + "[^\\s\"',;&<]+");

    private LabelledSecrets() {}

    /** {@code text} with every labelled secret value replaced by {@link #MARK}; null stays null. */
    public static String hide(String text) {
        return text == null ? null : LABELLED.matcher(text).replaceAll("$1" + MARK);
    }
}
