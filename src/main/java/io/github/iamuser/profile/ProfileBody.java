package io.github.iamuser.profile;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The body of a profile PUT, serialized once from a profile that has passed the completeness check
 * (every key, no null, nothing else): the bytes checked are the bytes sent, on every attempt.
 */
public final class ProfileBody extends RequestBody {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ProfileValidator VALIDATOR = new ProfileValidator();

    private final JsonObject profile;
    private final String text;
    private final byte[] bytes;

    private ProfileBody(JsonObject profile) {
        this.profile = profile.deepCopy();
        this.text = this.profile.toString();
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The body of a profile whose rules were already checked (a safe update checks the fields it
     * changes); only completeness is checked here.
     *
     * @throws InvalidProfileException naming every missing, null or unknown key
     */
    public static ProfileBody complete(JsonObject profile) {
        throwIfAny(CompletenessGuard.completenessViolations(profile));
        return new ProfileBody(profile);
    }

    /**
     * The body of a profile sent whole with nothing known of the stored values (the raw full
     * replace): complete, and every documented rule met.
     *
     * @throws InvalidProfileException naming every missing, null or unknown key, or else every broken rule
     */
    public static ProfileBody valid(JsonObject profile) {
        List<Violation> violations = new ArrayList<>(CompletenessGuard.completenessViolations(profile));
        if (violations.isEmpty()) {
            violations.addAll(VALIDATOR.validateAll(profile));
        }
        throwIfAny(violations);
        return new ProfileBody(profile);
    }

    /** The profile sent, as a copy. */
    public JsonObject json() {
        return profile.deepCopy();
    }

    /** The JSON text sent. */
    public String text() {
        return text;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
    }

    @Override
    public String toString() {
        return "ProfileBody{" + bytes.length + " bytes}";
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
    }
}
