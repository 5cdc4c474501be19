package io.github.iamuser;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.internal.ProfileValidator;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import io.github.iamuser.profile.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** The body of a {@code version} profile whose completeness ({@link #incompleteness}) was checked. */
    ProfileBody(JsonObject profile, ApiVersion version) {
        this(ProfileField.wireForm(profile, version));
    }

    private ProfileBody(JsonObject wireForm) {
        this.text = wireForm.toString();
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** The body of a {@code version} profile, refused with every missing, null or unknown key and wire-form problem. */
    static ProfileBody complete(JsonObject profile, ApiVersion version) {
        refuse(incompleteness(profile, version));
        JsonObject wireForm = ProfileField.wireForm(profile, version);
        refuse(emptyInV3(wireForm, version));
        return new ProfileBody(wireForm);
    }

    /** The body of a {@code version} profile sent whole (the raw full replace): complete, and every rule met. */
    static ProfileBody valid(JsonObject profile, ApiVersion version) {
        refuse(incompleteness(profile, version));
        refuse(new ProfileValidator().validateAll(profile));
        return new ProfileBody(profile, version);
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RefusedChangeException("profile", violations);
        }
    }

    /**
     * What keeps a caller's {@code version} profile (all 17 fields, {@code ""} for no value) from being a whole
     * PUT body: a field missing or null, a key that is no field of the version. The one completeness check, made
     * once per PUT before anything is sent (a safe update's other checks see to the values it sends back).
     */
    static List<Violation> incompleteness(JsonObject profile, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (String name : ProfileField.missingOrNull(profile, version)) {
            violations.add(new Violation(
                    name,
                    "required key",
                    (profile.has(name) ? "is null" : "is missing")
                            + ": a profile PUT replaces the whole profile, so the server would erase " + name
                            + "; give it a value (\"\" for none)",
                    null));
        }
        for (String key : ProfileField.unknownKeys(profile, version)) {
            violations.add(ProfileField.fromJsonName(key)
                    .flatMap(other -> other.refusedIn(version))
                    .orElseGet(() -> new Violation(
                            key,
                            "profile field",
                            "is not a profile field (response-only fields such as uiIdentityId must not be sent);"
                                    + " remove it",
                            null)));
        }
        return violations;
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

    /**
     * The values the finished bytes of a v3 PUT carry as {@code ""}, which IAM v3 refuses. The wire form only leaves
     * out keys of a complete profile, so no key can be missing, null or unknown in it.
     */
    private static List<Violation> emptyInV3(JsonObject body, ApiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (ProfileField field : ProfileField.of(version)) {
            if (version == ApiVersion.V3 && new JsonPrimitive("").equals(body.get(field.jsonName()))) {
                violations.add(new Violation(
                        field.jsonName(),
                        field.nonEmpty() ? "required" : "left out when empty",
                        field.nonEmpty()
                                ? "is empty, and must hold a value"
                                : "is \"\", which IAM v3 refuses (minLength 1): leave the key out for no value",
                        null));
            }
        }
        return violations;
    }
}
