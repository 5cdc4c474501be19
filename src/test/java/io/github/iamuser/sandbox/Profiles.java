package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;

/** Test helper: builds PUT bodies from users the way a careful client does (read, modify, write). */
final class Profiles {
    private Profiles() {}

    /** The 17 v2 profile fields of a user as returned by GET, and nothing else. */
    static JsonObject updateFrom(JsonObject user) {
        return updateFrom(user, ApiVersion.V2);
    }

    /** The 17 profile fields of {@code version} of a user as returned by GET, and nothing else. */
    static JsonObject updateFrom(JsonObject user, ApiVersion version) {
        JsonObject profile = new JsonObject();
        for (String field : ProfileField.names(version)) {
            if (user.has(field)) {
                profile.add(field, user.get(field).deepCopy());
            }
        }
        return profile;
    }

    /** A copy of the profile with one text field set. */
    static JsonObject with(JsonObject profile, String field, String value) {
        JsonObject copy = profile.deepCopy();
        copy.addProperty(field, value);
        return copy;
    }

    /** A copy of the profile without one key. */
    static JsonObject without(JsonObject profile, String field) {
        JsonObject copy = profile.deepCopy();
        copy.remove(field);
        return copy;
    }
}
