package io.github.iamuser.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.iamuser.grants.GrantsChange.Kind;
import io.github.iamuser.grants.GrantsChange.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GrantsChange: the steps a caller gives, each group named once, ids checked as they are given. */
class GrantsChangeTest {

    @Test
    void theStepsAreKeptInTheOrderGivenWithTheRoleOnlyForAGrant() {
        GrantsChange change =
                new GrantsChange().grant(12345, 3).remove(23456).block(34567).unblock(0);

        assertEquals(
                List.of(
                        new Op(Kind.GRANT, 12345, 3L),
                        new Op(Kind.REMOVE, 23456, null),
                        new Op(Kind.BLOCK, 34567, null),
                        new Op(Kind.UNBLOCK, 0, null)),
                change.ops());
        assertTrue(change.names(23456));
        assertTrue(change.names(0), "group ids start at 0");
        assertFalse(change.names(45678));
    }

    @Test
    void aGroupNamedTwiceIsRefusedNamingBothSteps() {
        GrantsChange change = new GrantsChange().grant(12345, 3);

        IllegalArgumentException contradictory =
                assertThrows(IllegalArgumentException.class, () -> change.remove(12345));
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> change.grant(12345, 3));

        assertEquals(
                "group 12345 is named twice (grant and remove): name each group once; nothing was sent.",
                contradictory.getMessage());
        assertEquals(
                "group 12345 is named twice (grant and grant): name each group once; nothing was sent.",
                same.getMessage());
        assertEquals(List.of(new Op(Kind.GRANT, 12345, 3L)), change.ops(), "the first step stays, alone");
    }

    @Test
    void aRoleIdBelowOneAndAGroupIdBelowZeroAreRefused() {
        IllegalArgumentException role =
                assertThrows(IllegalArgumentException.class, () -> new GrantsChange().grant(12345, 0));
        IllegalArgumentException group =
                assertThrows(IllegalArgumentException.class, () -> new GrantsChange().block(-1));

        assertEquals(
                "roleId 0 of group 12345 is not a role's id: role ids are whole numbers from 1 (see the list of"
                        + " roles); nothing was sent.",
                role.getMessage());
        assertEquals(
                "groupId -1 is not a group's id: group ids are whole numbers from 0 (see the list of groups);"
                        + " nothing was sent.",
                group.getMessage());
        assertEquals(
                List.of(new Op(Kind.GRANT, 1, 1L)),
                new GrantsChange().grant(1, 1).ops(),
                "1 is a role id");
    }

    @Test
    void replaceAllKeepsACopyOfTheArrayAsGiven() {
        JsonArray given =
                JsonParser.parseString("[{\"groupId\":1,\"roleId\":4}]").getAsJsonArray();
        GrantsChange change = new GrantsChange().replaceAll(given).remove(2);

        given.get(0).getAsJsonObject().addProperty("roleId", 5);
        given.add(3);

        assertEquals("[{\"groupId\":1,\"roleId\":4}]", change.whole.toString());
        assertEquals(
                "replaceAll [{\"groupId\":1,\"roleId\":4}] [Op[kind=REMOVE, groupId=2, roleId=null]]",
                change.toString());
    }
}
