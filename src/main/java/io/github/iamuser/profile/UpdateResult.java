package io.github.iamuser.profile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.iamuser.internal.Redaction;
import java.util.List;

/**
 * What a safe update did, to a profile, role assignments or notifications: the part before and after, as the
 * answers show it (the same when nothing was sent), what changed, the exact JSON body sent (or that a dry run
 * would send; null when unchanged), and what the server stored differently from what was sent.
 *
 * @param <T> the part as answers show it: the {@link IamUser} for a profile (the generated {@code User} of the
 *     client's API version), IAM v3's {@code AuthGrant} list or {@code Notifications}
 */
public record UpdateResult<T>(
        Outcome outcome,
        T before,
        T after,
        List<FieldDiff> changes,
        String requestBody,
        List<FieldDiff> serverDifferences) {

    /** How a safe update ended. */
    public enum Outcome {
        /** The whole part was PUT. */
        UPDATED,
        /** Nothing differed from what the server holds, so nothing was sent. */
        UNCHANGED,
        /** Dry run: only the GET was sent. */
        DRY_RUN
    }

    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    /** Copies the lists. */
    public UpdateResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
    }

    /** The result with personal data masked as the logs mask it: parts and body as JSON, differences as text. */
    @Override
    public String toString() {
        return "UpdateResult[outcome=" + outcome + ", before=" + masked(JSON.toJsonTree(before)) + ", after="
                + masked(JSON.toJsonTree(after)) + ", changes=" + changes + ", requestBody="
                + (requestBody == null ? null : masked(JsonParser.parseString(requestBody)))
                + ", serverDifferences=" + serverDifferences + "]";
    }

    private static String masked(JsonElement json) {
        return JSON.toJson(Redaction.masked(json));
    }
}
