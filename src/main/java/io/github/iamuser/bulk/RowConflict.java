package io.github.iamuser.bulk;

import java.util.List;

/** Thrown before a restore's PUT when the profile changed since the backup was taken: nothing is sent. */
final class RowConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    RowConflict(List<RowProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
