package io.github.iamuser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accounts' groups, roles and products, and role assignments in the form Akamai's answers show. */
class AccessDataTest {
    @Test
    void groupsAreIndexedAtEveryDepthWithTheirParents() {
        assertEquals("Staging", AccessData.group(45678).get("groupName").getAsString());
        assertEquals(23456L, AccessData.parent(45678));
        assertEquals(12345L, AccessData.parent(23456));
        assertNull(AccessData.parent(12345));
        assertNull(AccessData.group(1));
        assertEquals("account", AccessData.role(100002).get("type").getAsString());
        assertNull(AccessData.role(-1));
    }

    @Test
    void anAnswerNamesTheRoleAndListsEverySubgroupAsInheritingWhenNotSent() {
        JsonObject answer = AccessData.answer(23456, Map.of(23456L, object("{\"groupId\":23456,\"roleId\":16}")));
        assertEquals(
                JsonParser.parseString("{\"groupId\":23456,\"groupName\":\"Web Properties\",\"isBlocked\":false,"
                        + "\"roleId\":16,\"roleName\":\"Publisher\",\"roleDescription\":\"Activates configurations.\","
                        + "\"subGroups\":[{\"groupId\":45678,\"groupName\":\"Staging\",\"isBlocked\":false,"
                        + "\"roleId\":null,\"roleName\":\"\",\"roleDescription\":\"\",\"subGroups\":[]}]}"),
                answer);
    }

    @Test
    void aBlockedGroupAnswersRoleIdMinusOneAndBlockedWhateverRoleWasSent() {
        JsonObject answer =
                AccessData.answer(56789, Map.of(56789L, object("{\"groupId\":56789,\"roleId\":3,\"isBlocked\":true}")));
        assertEquals(-1, answer.get("roleId").getAsInt());
        assertEquals("Blocked", answer.get("roleName").getAsString());
        assertEquals("", answer.get("roleDescription").getAsString());
        assertTrue(answer.get("isBlocked").getAsBoolean());
    }

    @Test
    void onlyTheBooleanTrueBlocks() {
        assertTrue(AccessData.blocked(object("{\"isBlocked\":true}")));
        assertFalse(AccessData.blocked(object("{\"isBlocked\":\"true\"}")));
        assertFalse(AccessData.blocked(object("{\"isBlocked\":false}")));
        assertFalse(AccessData.blocked(object("{}")));
    }

    private static JsonObject object(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
