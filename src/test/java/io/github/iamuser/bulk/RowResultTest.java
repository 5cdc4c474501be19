package io.github.iamuser.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.iamuser.options.WriteAheadHook;
import io.github.iamuser.profile.FieldDiff;
import io.github.iamuser.profile.ProfileChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RowResult}: a row's status is the worst of its parts', its problems theirs named by part, its note theirs
 * (named by part when there are several) and the parts it did not reach; a profile-only row lists no parts.
 */
class RowResultTest {
    private static final BulkTask.Part PROFILE = BulkTask.profile("A-B-1", ProfileChange::new, WriteAheadHook.NONE);
    private static final BulkTask.Part GRANTS = BulkTask.grants("A-B-1", g -> {}, WriteAheadHook.NONE);
    private static final BulkTask.Part NOTIFICATIONS = BulkTask.notifications("A-B-1", n -> {}, WriteAheadHook.NONE);

    private static BulkTask task(BulkTask.Part... parts) {
        return new BulkTask(7, "A-B-1", "1-KEY", "row", List.of(parts));
    }

    private static RowResult.Part part(String name, RowStatus status, String note, RowProblem... problems) {
        return new RowResult.Part(name, status, List.of(), List.of(), List.of(problems), note);
    }

    @ParameterizedTest
    @CsvSource({
        "APPLIED, FAILED, FAILED",
        "CONFLICT, APPLIED, CONFLICT",
        "FAILED, CONFLICT, FAILED",
        "UNCHANGED, APPLIED, APPLIED",
        "WOULD_APPLY, UNCHANGED, WOULD_APPLY",
        "APPLIED, WOULD_APPLY, APPLIED",
        "SKIPPED, UNCHANGED, UNCHANGED",
        "SKIPPED, SKIPPED, SKIPPED"
    })
    void aRowsStatusIsTheWorstOfItsParts(RowStatus profile, RowStatus grants, RowStatus row) {
        RowResult result = RowResult.of(
                task(PROFILE, GRANTS), List.of(part("profile", profile, null), part("grants", grants, null)));
        assertEquals(row, result.status());
    }

    @Test
    void thePartsNotReachedAreNamedInTheNote() {
        RowResult one = RowResult.of(
                task(PROFILE, GRANTS, NOTIFICATIONS),
                List.of(
                        part("profile", RowStatus.APPLIED, "applied by an earlier run"),
                        part("grants", RowStatus.FAILED, null)));
        assertEquals(
                "profile: applied by an earlier run; notifications not tried: run the row again once this is fixed",
                one.note());

        RowResult two =
                RowResult.of(task(PROFILE, GRANTS, NOTIFICATIONS), List.of(part("profile", RowStatus.FAILED, null)));
        assertEquals("grants and notifications not tried: run the row again once this is fixed", two.note());
        assertEquals(1, two.parts().size());

        RowResult all = RowResult.of(
                task(PROFILE, GRANTS),
                List.of(part("profile", RowStatus.APPLIED, null), part("grants", RowStatus.APPLIED, null)));
        assertNull(all.note());
    }

    @Test
    void aProfileOnlyRowsNoteIsItsPartsAndItListsNoParts() {
        RowResult result = RowResult.of(task(PROFILE), List.of(part("profile", RowStatus.UNCHANGED, "nothing to do")));
        assertEquals("nothing to do", result.note());
        assertEquals(List.of(), result.parts());
        assertEquals(7, result.line());
        assertEquals("1-KEY", result.accountSwitchKey());

        RowResult grantsOnly = RowResult.of(task(GRANTS), List.of(part("grants", RowStatus.APPLIED, null)));
        assertEquals(1, grantsOnly.parts().size(), "a grants row lists its part");
    }

    @Test
    void aGrantsOrNotificationsProblemIsNamedByItsPartAndAProfileOneAsItIs() {
        RowResult result = RowResult.of(
                task(PROFILE, GRANTS, NOTIFICATIONS),
                List.of(
                        part("profile", RowStatus.APPLIED, null, new RowProblem("jobTitle", "too long")),
                        part(
                                "grants",
                                RowStatus.APPLIED,
                                null,
                                new RowProblem(null, "no such group"),
                                new RowProblem("roleId", "unknown")),
                        part("notifications", RowStatus.FAILED, null, new RowProblem(null, "refused"))));
        assertEquals(
                List.of(
                        new RowProblem("jobTitle", "too long"),
                        new RowProblem("grants", "no such group"),
                        new RowProblem("grants: roleId", "unknown"),
                        new RowProblem("notifications", "refused")),
                result.problems());
    }

    @Test
    void theChangesAndDifferencesAreThoseOfThePartsInOrder() {
        FieldDiff title = new FieldDiff("jobTitle", "Engineer", "Lead");
        FieldDiff grant = new FieldDiff("authGrants", "[]", "[1]");
        RowResult result = RowResult.of(
                task(PROFILE, GRANTS),
                List.of(
                        new RowResult.Part("profile", RowStatus.APPLIED, List.of(title), List.of(), List.of(), null),
                        new RowResult.Part(
                                "grants", RowStatus.APPLIED, List.of(grant), List.of(grant), List.of(), null)));
        assertEquals(List.of(title, grant), result.changes());
        assertEquals(List.of(grant), result.serverDifferences());
    }

    @Test
    void aRowFailedBeforeItsPartsRanHasOneProblemNamingNoField() {
        RowResult failed = RowResult.failed(task(PROFILE, GRANTS), "speaks V2");
        assertEquals(RowStatus.FAILED, failed.status());
        assertEquals(List.of(new RowProblem(null, "speaks V2")), failed.problems());
        assertEquals(List.of(), failed.parts());
        assertEquals(7, failed.line());
        assertEquals("A-B-1", failed.uiIdentityId());
    }

    @Test
    void aSkippedPartSaysHowTheEarlierRunEndedAndTheListsAreCopies() {
        RowResult.Part skipped = RowResult.Part.skipped("grants", RowStatus.UNCHANGED);
        assertEquals(RowStatus.SKIPPED, skipped.status());
        assertEquals("done by an earlier run (UNCHANGED in the journal)", skipped.note());

        List<RowProblem> problems = new ArrayList<>(List.of(new RowProblem(null, "x")));
        RowResult.Part part = new RowResult.Part("profile", RowStatus.FAILED, List.of(), List.of(), problems, null);
        problems.clear();
        assertEquals(1, part.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> part.problems().clear());
    }
}
