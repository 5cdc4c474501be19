package io.github.iamuser.profile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.iamuser.internal.Redaction;
import java.util.List;

/**
 * What a safe update did: the user before and after (the same when nothing was sent; the generated
 * {@code User} of the client's API version), the fields it changed, the exact JSON body it sent (or would
 * send, in a dry run; null when unchanged), and the fields whose value in the server's answer differs
 * from what was sent.
 */
public record ProfileUpdateResult(
        Outcome outcome,
        IamUser before,
        IamUser after,
        List<FieldDiff> changes,
        String requestBody,
        List<FieldDiff> serverDifferences) {

    /** How a safe update ended. */
    public enum Outcome {
        /** The complete profile was PUT. */
        UPDATED,
        /** Nothing differed from the stored profile, so nothing was sent. */
        UNCHANGED,
        /** Dry run: only the GET was sent. */
        DRY_RUN
    }

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    /** Copies the lists. */
    public ProfileUpdateResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
    }

    /** The result with personal data masked as the logs mask it: users and body as JSON, differences as text. */
    @Override
    public String toString() {
        return "ProfileUpdateResult[outcome=" + outcome + ", before=" + masked(JSON.toJsonTree(before)) + ", after="
                + masked(JSON.toJsonTree(after)) + ", changes=" + changes + ", requestBody="
                + (requestBody == null ? null : masked(JsonParser.parseString(requestBody)))
                + ", serverDifferences=" + serverDifferences + "]";
    }

    private static String masked(JsonElement json) {
        return JSON.toJson(Redaction.masked(json));
    }
}
