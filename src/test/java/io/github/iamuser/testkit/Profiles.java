package io.github.iamuser.testkit;

import com.google.gson.JsonObject;

/** Test profiles: a complete, valid US user and helpers to vary it. */
public final class Profiles {
    private Profiles() {}

    public static JsonObject usUser() {
        JsonObject p = new JsonObject();
        p.addProperty("firstName", "Ada");
        p.addProperty("lastName", "Lovelace");
        p.addProperty("email", "ada.lovelace@example.com");
        p.addProperty("secondaryEmail", "");
        p.addProperty("phone", "6175550100");
        p.addProperty("mobilePhone", "(617) 555-0199");
        p.addProperty("jobTitle", "Engineer");
        p.addProperty("address", "150 Broadway");
        p.addProperty("city", "Cambridge");
        p.addProperty("state", "MA");
        p.addProperty("zipCode", "02142");
        p.addProperty("country", "USA");
        p.addProperty("contactType", "Billing");
        p.addProperty("preferredLanguage", "English");
        p.addProperty("timeZone", "America/New_York");
        p.addProperty("sessionTimeOut", 1800);
        p.addProperty("tfaEnabled", true);
        return p;
    }

    public static JsonObject with(JsonObject profile, String field, Object value) {
        JsonObject copy = profile.deepCopy();
        if (value == null) {
            copy.remove(field);
        } else if (value instanceof Number n) {
            copy.addProperty(field, n);
        } else if (value instanceof Boolean b) {
            copy.addProperty(field, b);
        } else {
            copy.addProperty(field, value.toString());
        }
        return copy;
    }
}
