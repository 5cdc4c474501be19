package io.github.iamuser.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.github.iamuser.profile.ProfileField;

/** Personal data ({@link ProfileField#personal()}) masked as logs and results' {@code toString()} show it. */
public final class PersonalData {
    private static final JsonPrimitive MASK = new JsonPrimitive("***");

    private PersonalData() {}

    /** {@code value} of the field named {@code field}: {@code ***} for personal data, unless empty or null. */
    public static String shown(String field, String value) {
        return personal(field) && value != null && !value.isEmpty() ? MASK.getAsString() : value;
    }

    /** A copy of {@code json} whose members named after a personal field, at any depth, are {@code ***} unless empty or null. */
    public static JsonElement masked(JsonElement json) {
        JsonElement copy = json.deepCopy();
        if (copy.isJsonArray()) {
            copy.getAsJsonArray().asList().replaceAll(PersonalData::masked);
        } else if (copy.isJsonObject()) {
            copy.getAsJsonObject().entrySet().forEach(member -> {
                JsonElement value = member.getValue();
                boolean empty = value.isJsonNull() || value.equals(new JsonPrimitive(""));
                member.setValue(personal(member.getKey()) && !empty ? MASK : masked(value));
            });
        }
        return copy;
    }

    private static boolean personal(String field) {
        return ProfileField.fromJsonName(field).filter(ProfileField::personal).isPresent();
    }
}
