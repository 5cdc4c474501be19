package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iamuser.profile.ProfileField;
import io.github.iamuser.profile.RefusedChangeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BulkRow}: a typed row refuses a missing id or change, each {@code with...} gives a new row keeping the
 * rest, its change is made anew when asked, and its task holds the parts it asks for, in order, with a
 * fingerprint that tells it from another row of the same user.
 */
class BulkRowTest {
    private static final String ID = "A-B-1CDEFG";

    private static List<BulkTask.Kind> kinds(BulkTask task) {
        return task.parts().stream().map(BulkTask.Part::kind).toList();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aMissingOrBlankIdIsRefusedSayingWhatToGive(String id) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BulkRow.of(id, c -> c.jobTitle("Lead")));
        assertEquals(
                "uiIdentityId is missing or blank: give the user's id, such as A-B-1CDEFG, on every row.",
                e.getMessage());
    }

    @Test
    void aLineBelowOneIsRefusedNamingTheRule() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> BulkRow.of("A-B-1", c -> {}).fromLine(-3));
        assertEquals("line -3 is not a line of an input: lines count from 1.", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> BulkRow.of("A-B-1", c -> {}).fromLine(0));
        assertEquals(1, BulkRow.of("A-B-1", c -> {}).fromLine(1).line());
    }

    @Test
    void aNullChangeGrantsOrNotificationsIsRefusedByName() {
        BulkRow row = BulkRow.of(ID, c -> {});
        assertEquals(
                "change",
                assertThrows(NullPointerException.class, () -> BulkRow.of(ID, null))
                        .getMessage());
        assertEquals(
                "grants",
                assertThrows(NullPointerException.class, () -> row.withGrants(null))
                        .getMessage());
        assertEquals(
                "notifications",
                assertThrows(NullPointerException.class, () -> row.withNotifications(null))
                        .getMessage());
    }

    @Test
    void eachWithGivesANewRowThatKeepsTheRest() {
        BulkRow plain = BulkRow.of(ID, c -> c.jobTitle("Lead"));
        BulkRow full = plain.fromLine(7)
                .inAccount("1-KEY")
                .withGrants(g -> g.grant(1, 2))
                .fromLine(9);

        assertEquals(0, plain.line());
        assertNull(plain.accountSwitchKey());
        assertEquals(9, full.line());
        assertEquals("1-KEY", full.accountSwitchKey());
        assertEquals(ID, full.uiIdentityId());
        assertEquals(List.of(BulkTask.Kind.PROFILE, BulkTask.Kind.GRANTS), kinds(full.task(9, false)));
        assertEquals(List.of(BulkTask.Kind.PROFILE), kinds(plain.task(1, false)));
        assertNull(full.inAccount(null).accountSwitchKey(), "null: the client's account");
    }

    @Test
    void theChangeIsMadeAnewEachTimeItIsAsked() {
        BulkRow row = BulkRow.of(ID, c -> c.jobTitle("Lead").clear(ProfileField.MOBILE_PHONE));
        var first = row.change();
        first.city("Boston");
        var second = row.change();
        assertNotSame(first, second);
        assertEquals(
                List.of("jobTitle", "mobilePhone"), List.copyOf(new java.util.TreeMap<>(second.values()).keySet()));
    }

    @Test
    void aChangeAFieldCannotTakeIsRefusedWhenMadeNotWhenTheRowIsBuilt() {
        BulkRow row = BulkRow.of(ID, c -> c.set("sessionTimeOut", "soon")).fromLine(3);
        RefusedChangeException e = assertThrows(RefusedChangeException.class, row::change);
        assertEquals("sessionTimeOut", e.violations().get(0).field());
        assertTrue(row.toString().contains("change refused: RefusedChangeException"), row.toString());
        BulkTask task = row.task(3, false);
        assertEquals(List.of(BulkTask.Kind.PROFILE), kinds(task), "the row still runs, to fail alone");
        assertNotEquals(BulkRow.of(ID, c -> {}).task(3, false).fingerprint(), task.fingerprint());
    }

    @Test
    void aRowThatOnlyChangesGrantsOrNotificationsHasNoProfilePartAndItsPartsAreInOrder() {
        BulkRow grantsOnly = BulkRow.of(ID, c -> {}).withGrants(g -> g.grant(1, 2));
        assertEquals(List.of(BulkTask.Kind.GRANTS), kinds(grantsOnly.task(1, false)));
        BulkRow all = BulkRow.of(ID, c -> c.jobTitle("Lead"))
                .withNotifications(n -> n.emailNotifications(true))
                .withGrants(g -> g.grant(1, 2));
        assertEquals(
                List.of(BulkTask.Kind.PROFILE, BulkTask.Kind.GRANTS, BulkTask.Kind.NOTIFICATIONS),
                kinds(all.task(1, false)));
        assertEquals(
                List.of(BulkTask.Kind.PROFILE), kinds(BulkRow.of(ID, c -> {}).task(1, false)), "asks nothing");
    }

    @Test
    void theTaskCarriesTheLineAndAccountGivenAndAFingerprintOfWhatTheRowAsks() {
        BulkRow row = BulkRow.of(ID, c -> c.jobTitle("Lead")).inAccount("1-KEY").fromLine(4);
        BulkTask task = row.task(12, false);
        assertEquals(12, task.line());
        assertEquals("1-KEY", task.accountSwitchKey());
        assertEquals(ID, task.uiIdentityId());

        String fingerprint = task.fingerprint();
        assertEquals(
                fingerprint,
                BulkRow.of(ID.toLowerCase(java.util.Locale.ROOT), c -> c.jobTitle("Lead"))
                        .task(1, true)
                        .fingerprint(),
                "the same ask of the same user, whatever the id's letter case, line or account");
        assertNotEquals(
                fingerprint,
                BulkRow.of(ID, c -> c.jobTitle("CTO")).task(12, false).fingerprint());
        assertNotEquals(
                fingerprint,
                BulkRow.of("A-B-2", c -> c.jobTitle("Lead")).task(12, false).fingerprint());
        String withGrants = row.withGrants(g -> g.grant(1, 2)).task(12, false).fingerprint();
        assertNotEquals(fingerprint, withGrants);
        assertNotEquals(
                withGrants, row.withGrants(g -> g.grant(1, 3)).task(12, false).fingerprint());
        assertEquals(
                withGrants, row.withGrants(g -> g.grant(1, 2)).task(12, false).fingerprint());
    }
}
