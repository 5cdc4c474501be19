package io.github.iamuser.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.iamuser.generated.model.UserProfileUpdate;
import java.nio.charset.StandardCharsets;

/** The complete, valid profile the round-trip benchmark sends, and the user its server answers with. */
public final class BenchProfiles {
    /** The user the round trip updates. */
    public static final String USER_ID = "A-B-1CDEFG";

    private BenchProfiles() {}

    /** All 17 fields set, every value within the documented rules. */
    public static UserProfileUpdate profile() {
        return new UserProfileUpdate()
                .firstName("Ada")
                .lastName("Lovelace")
                .email("ada.lovelace@example.com")
                .secondaryEmail("")
                .phone("6175550100")
                .mobilePhone("6175550199")
                .jobTitle("Chief Engineer")
                .address("150 Broadway")
                .city("Cambridge")
                .state("MA")
                .zipCode("02142")
                .country("USA")
                .contactType("Technical Decision Maker")
                .preferredLanguage("English")
                .timeZone("America/New_York")
                .sessionTimeOut(1800)
                .tfaEnabled(true);
    }

    /** The updated user as IAM answers the PUT: the profile plus response-only and unlisted members. */
    public static byte[] userAnswer() {
        Gson gson = new Gson();
        JsonObject user = gson.toJsonTree(profile()).getAsJsonObject();
        user.addProperty("uiIdentityId", USER_ID);
        user.addProperty("uiUserName", "alovelace");
        user.addProperty("accountId", "1-5C0YLB");
        user.addProperty("isLocked", false);
        user.addProperty("lastLoginDate", "2026-10-01T09:30:00.000Z");
        user.addProperty("passwordExpiryDate", "2027-03-01T00:00:00.000Z");
        user.addProperty("tfaConfigured", true);
        user.addProperty("userStatus", "ACTIVE");
        return gson.toJson(user).getBytes(StandardCharsets.UTF_8);
    }
}
