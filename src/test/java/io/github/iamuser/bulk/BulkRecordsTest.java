package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import org.junit.jupiter.api.Test;

/** The bulk API's records that hold profile values print them as the logs do: personal data masked. */
class BulkRecordsTest {
    private static final JsonObject PROFILE = ProfileField.profileOf(
            JsonParser.parseString("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@example.com\","
                            + "\"phone\":\"6175550100\",\"address\":\"150 Broadway\",\"jobTitle\":\"Engineer\"}")
                    .getAsJsonObject(),
            ApiVersion.V3);

    @Test
    void toStringMasksPersonalData() {
        JsonObject after = PROFILE.deepCopy();
        after.addProperty("jobTitle", "CTO");
        String[] shown = {
            new BackupEntry(3, "A-B-1CDEFG", null, BulkTask.Kind.PROFILE, PROFILE, after, BackupEntry.Put.APPLIED)
                    .toString(),
            new UserExport.ExportedUser("A-B-1CDEFG", PROFILE).toString(),
            BulkRow.of(
                            "A-B-1CDEFG",
                            c -> c.email("new@example.com").jobTitle("CTO").clear(ProfileField.PHONE))
                    .fromLine(2)
                    .toString()
        };
        for (String text : shown) {
            for (String personal : new String[] {"ada@example.com", "new@example.com", "6175550100", "150 Broadway"}) {
                assertFalse(text.contains(personal), () -> personal + " in " + text);
            }
            assertTrue(text.contains("A-B-1CDEFG") && text.contains("***"), text);
        }
        assertTrue(
                shown[0].contains("\"jobTitle\":\"CTO\"") && shown[0].contains("\"lastName\":\"Lovelace\""), shown[0]);
        assertTrue(shown[2].contains("jobTitle=CTO") && shown[2].contains("clear=[phone]"), shown[2]);
    }
}
