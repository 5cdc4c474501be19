package io.github.iamuser;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.ProfileValidator;
import io.github.iamuser.profile.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The body of a profile PUT, serialized once from a caller's profile that has passed the completeness check
 * (all 17 fields, {@code ""} for no value, no null, nothing else) in the version's wire form (v3 leaves an
 * empty optional field out): the bytes checked are the bytes sent, on every attempt.
 */
final class ProfileBody extends RequestBody {
    private static final MediaType JSON = MediaType.get("application/json");

    private final String text;
    private final byte[] bytes;

    private ProfileBody(JsonObject profile, ApiVersion version, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        this.text = wireText(profile, version);
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The body of a {@code version} profile whose rules were already checked; refused with every missing,
     * null or unknown key, and with what the wire form would show wrong.
     */
    public static ProfileBody complete(JsonObject profile, ApiVersion version) {
        List<Violation> incomplete = CompletenessGuard.completenessViolations(profile, version);
        return new ProfileBody(
                profile,
                version,
                incomplete.isEmpty()
                        ? CompletenessGuard.wireViolations(ProfileField.wireForm(profile, version), version)
                        : incomplete);
    }

    /** The body of a {@code version} profile sent whole (the raw full replace): complete, and every rule met. */
    public static ProfileBody valid(JsonObject profile, ApiVersion version) {
        List<Violation> incomplete = CompletenessGuard.completenessViolations(profile, version);
        return new ProfileBody(
                profile, version, incomplete.isEmpty() ? new ProfileValidator().validateAll(profile) : incomplete);
    }

    /** The JSON text a PUT to {@code version} sends for a complete profile: its {@link ProfileField#wireForm wire form}. */
    public static String wireText(JsonObject profile, ApiVersion version) {
        return ProfileField.wireForm(profile, version).toString();
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
}
