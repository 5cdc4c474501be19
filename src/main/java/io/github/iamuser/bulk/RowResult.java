package io.github.iamuser.bulk;

import io.github.iamuser.profile.FieldDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What happened to one row: where it came from (line), the user and account, how it ended, the
 * fields it changed (or would change), the fields the server stored otherwise than sent, the
 * problems of a failed row or conflict, a note (such as "applied by an earlier run") or null, and, for a
 * row with grants or notifications, each part that ran, in order ({@code parts}; empty for a profile-only row).
 * A row's status is the worst of its parts'; its changes, differences and problems are theirs together, a
 * grants or notifications problem named by its part.
 */
public record RowResult(
        long line,
        String uiIdentityId,
        String accountSwitchKey,
        RowStatus status,
        List<FieldDiff> changes,
        List<FieldDiff> serverDifferences,
        List<RowProblem> problems,
        String note,
        List<Part> parts) {

    /** From the worst status on: a row's status is the first of these that one of its parts has. */
    private static final List<RowStatus> WORST_FIRST = List.of(
            RowStatus.FAILED,
            RowStatus.CONFLICT,
            RowStatus.APPLIED,
            RowStatus.WOULD_APPLY,
            RowStatus.UNCHANGED,
            RowStatus.SKIPPED);

    /** Copies the lists. */
    public RowResult {
        changes = List.copyOf(changes);
        serverDifferences = List.copyOf(serverDifferences);
        problems = List.copyOf(problems);
        parts = List.copyOf(parts);
    }

    /**
     * What happened to one part of a row: {@code part} is {@code profile}, {@code grants} or {@code notifications};
     * the rest as for a row.
     */
    public record Part(
            String part,
            RowStatus status,
            List<FieldDiff> changes,
            List<FieldDiff> serverDifferences,
            List<RowProblem> problems,
            String note) {
        /** Copies the lists. */
        public Part {
            changes = List.copyOf(changes);
            serverDifferences = List.copyOf(serverDifferences);
            problems = List.copyOf(problems);
        }

        /** A part the journal shows done by an earlier run, which ended {@code finished}. */
        static Part skipped(String part, RowStatus finished) {
            String note = "done by an earlier run (" + finished + " in the journal)";
            return new Part(part, RowStatus.SKIPPED, List.of(), List.of(), List.of(), note);
        }
    }

    /** The result of {@code task} failed as a whole, for {@code why}, before any of its parts ran. */
    static RowResult failed(BulkTask task, String why) {
        return new RowResult(
                task.line(),
                task.uiIdentityId(),
                task.accountSwitchKey(),
                RowStatus.FAILED,
                List.of(),
                List.of(),
                List.of(new RowProblem(null, why)),
                null,
                List.of());
    }

    /** The result of {@code task} from those of its parts that ran, in order. */
    static RowResult of(BulkTask task, List<Part> ran) {
        RowStatus status = WORST_FIRST.stream()
                .filter(s -> ran.stream().anyMatch(p -> p.status() == s))
                .findFirst()
                .orElse(RowStatus.SKIPPED);
        List<FieldDiff> changes = new ArrayList<>();
        List<FieldDiff> differences = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Part part : ran) {
            changes.addAll(part.changes());
            differences.addAll(part.serverDifferences());
            boolean profile = part.part().equals(BulkTask.Kind.PROFILE.text());
            part.problems()
                    .forEach(p -> problems.add(
                            profile
                                    ? p
                                    : new RowProblem(
                                            p.field() == null ? part.part() : part.part() + ": " + p.field(),
                                            p.reason())));
        }
        List<String> notes = new ArrayList<>();
        ran.stream()
                .filter(p -> p.note() != null)
                .forEach(p -> notes.add(ran.size() == 1 ? p.note() : p.part() + ": " + p.note()));
        if (ran.size() < task.parts().size()) { // it stopped at a part not done
            notes.add(task.parts().subList(ran.size(), task.parts().size()).stream()
                            .map(p -> p.kind().text())
                            .collect(Collectors.joining(" and "))
                    + " not tried: run the row again once this is fixed");
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        boolean profileOnly = task.parts().size() == 1 && task.parts().get(0).kind() == BulkTask.Kind.PROFILE;
        return new RowResult(
                task.line(),
                task.uiIdentityId(),
                task.accountSwitchKey(),
                status,
                changes,
                differences,
                problems,
                note,
                profileOnly ? List.of() : ran);
    }
}
