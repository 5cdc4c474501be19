package io.github.iamuser.testkit;

import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.UserProfileUpdate;
import io.github.iamuser.generated.v3.model.UserProfileUpdate.AdditionalAuthenticationEnum;

/** Test profiles: a complete, valid US user and helpers to vary it; complete models of each version for the raw full replace. */
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

    /** A complete IAM v2 profile: all 17 fields set, some to "" (no value). */
    public static UserProfileUpdate completeV2Update() {
        return new UserProfileUpdate()
                .firstName("Jane")
                .lastName("Doe")
                .email("jane@example.com")
                .secondaryEmail("")
                .phone("6175550100")
                .mobilePhone("")
                .jobTitle("R&D lead")
                .address("1 Main St")
                .city("Boston")
                .state("MA")
                .zipCode("02110")
                .country("USA")
                .contactType("Technical Decision Maker")
                .preferredLanguage("English")
                .timeZone("GMT")
                .sessionTimeOut(1800)
                .tfaEnabled(true);
    }

    /** A complete IAM v3 profile: the 16 shared fields set or "" and additionalAuthentication. */
    public static io.github.iamuser.generated.v3.model.UserProfileUpdate completeV3Update() {
        return new io.github.iamuser.generated.v3.model.UserProfileUpdate()
                .firstName("Jane")
                .lastName("Doe")
                .email("jane@example.com")
                .secondaryEmail("")
                .phone("(617) 555-0100")
                .mobilePhone("")
                .jobTitle("")
                .address("")
                .city("")
                .state("MA")
                .zipCode("")
                .country("USA")
                .contactType("")
                .preferredLanguage("English")
                .timeZone("GMT")
                .sessionTimeOut(1800)
                .additionalAuthentication(AdditionalAuthenticationEnum.TFA);
    }
}
