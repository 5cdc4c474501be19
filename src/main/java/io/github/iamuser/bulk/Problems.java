package io.github.iamuser.bulk;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.profile.InvalidProfileException;
import java.util.ArrayList;
import java.util.List;

/** Turns why a row failed into {@link RowProblem}s: one per broken rule, or the API's message and its field errors. */
final class Problems {
    private Problems() {}

    static List<RowProblem> of(InvalidProfileException e) {
        return e.violations().stream()
                .map(v -> new RowProblem(
                        v.field(), v.message() + (v.value() == null ? "" : " (got '" + v.value() + "')")))
                .toList();
    }

    static List<RowProblem> of(IamException e) {
        List<RowProblem> problems = new ArrayList<>();
        problems.add(new RowProblem(null, e.getMessage()));
        e.problem()
                .ifPresent(p -> p.errors().stream()
                        .filter(error -> error.field() != null)
                        .forEach(error -> problems.add(new RowProblem(error.field(), error.describe()))));
        return problems;
    }
}
