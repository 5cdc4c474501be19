package io.github.iamuser.cli;

import io.github.iamuser.auth.EdgeGridCredential;
import io.github.iamuser.internal.Redaction;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces credentials in text the command line shows: the tokens and secret of every credential it
 * resolved, and any EdgeGrid signature or Authorization value, whoever wrote them (a server may echo
 * the Authorization header in an error's detail).
 */
final class Redactor {
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Redacts the client token, access token and client secret of {@code credential} from now on. */
    void add(EdgeGridCredential credential) {
        secrets.add(credential.clientToken());
        secrets.add(credential.accessToken());
        secrets.add(credential.clientSecret());
    }

    /** {@code text} with every known secret and every labelled secret value replaced by {@link Redaction#MARK}. */
    String redact(String text) {
        for (String secret : secrets) {
            text = text.replace(secret, Redaction.MARK);
        }
        return Redaction.hide(text);
    }
}
