package io.github.iamuser.profile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a change does to a profile, worked out before anything is sent: the complete body, the
 * field-by-field difference, and every rule the result would break.
 */
public final class ProfilePlan {
    private static final ProfileValidator VALIDATOR = new ProfileValidator();

    private final JsonObject before;
    private final JsonObject body;
    private final List<FieldDiff> diff;
    private final List<Violation> violations;

    private ProfilePlan(JsonObject before, JsonObject body, List<FieldDiff> diff, List<Violation> violations) {
        this.before = before;
        this.body = body;
        this.diff = List.copyOf(diff);
        this.violations = List.copyOf(violations);
    }

    /**
     * Applies {@code change} to the profile fields of {@code user} (the JSON of a GET answer).
     * A text field the server left out or sent as null counts as "" (no value).
     */
    public static ProfilePlan of(JsonObject user, ProfileChange change) {
        JsonObject before = profileOf(user);
        JsonObject after = change.applyTo(before);
        List<FieldDiff> diff = difference(before, after);
        Set<String> changed = namesOf(diff);
        List<Violation> violations = new ArrayList<>();
        for (String missing : Field.missingOrNull(after)) {
            violations.add(Violation.of(
                    missing,
                    "required key",
                    "the server returned no value and the"
                            + " PUT must carry every field, or the server erases it; set a value for " + missing
                            + " in the change",
                    null));
        }
        if (changed.contains("email") && !change.emailChangeAllowed()) {
            violations.add(Violation.personal(
                    "email",
                    "email change not confirmed",
                    "is the user's"
                            + " login identity, so changing it changes how they sign in; confirm with"
                            + " allowEmailChange() (command line: --allow-email-change)"));
        }
        violations.addAll(VALIDATOR.validate(after, changed));
        return new ProfilePlan(before, after, diff, violations);
    }

    /** The profile fields of a user's JSON, in the spec's order, with absent text written as "". */
    public static JsonObject profileOf(JsonObject user) {
        JsonObject profile = new JsonObject();
        for (Field field : Field.values()) {
            String name = field.jsonName();
            JsonElement value = user.get(name);
            boolean absent = value == null || value.isJsonNull();
            if (absent && field.type() == Field.Type.STRING) {
                profile.add(name, new JsonPrimitive(ProfileChange.NO_VALUE));
            } else {
                profile.add(name, absent ? com.google.gson.JsonNull.INSTANCE : value.deepCopy());
            }
        }
        return profile;
    }

    /** The fields whose values differ between two profiles, in the spec's order. */
    public static List<FieldDiff> difference(JsonObject before, JsonObject after) {
        List<FieldDiff> diff = new ArrayList<>();
        for (String name : Field.names()) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                diff.add(FieldDiff.of(name, before.get(name), after.get(name)));
            }
        }
        return diff;
    }

    /** The profile as the GET returned it (absent text as ""). */
    public JsonObject before() {
        return before.deepCopy();
    }

    /** The complete body the PUT would carry: every key, never null when {@link #violations()} is empty. */
    public JsonObject body() {
        return body.deepCopy();
    }

    /** The fields the change alters; empty when there is nothing to send. */
    public List<FieldDiff> diff() {
        return diff;
    }

    /** The JSON names of the fields the change alters. */
    public Set<String> changedFields() {
        return namesOf(diff);
    }

    private static Set<String> namesOf(List<FieldDiff> diff) {
        Set<String> names = new LinkedHashSet<>();
        diff.forEach(d -> names.add(d.field()));
        return names;
    }

    /** Every rule the changed profile breaks; the PUT is sent only when this is empty. */
    public List<Violation> violations() {
        return violations;
    }
}
