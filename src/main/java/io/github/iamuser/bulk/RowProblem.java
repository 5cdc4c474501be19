package io.github.iamuser.bulk;

import io.github.iamuser.errors.IamException;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.List;

/** Why a row failed: the field at fault (null when the problem is not one field's) and the reason, saying what to do. */
public record RowProblem(String field, String reason) {
    @Override
    public String toString() {
        return field == null ? reason : field + ": " + reason;
    }

    /** One problem per broken rule, with the value refused. */
    static List<RowProblem> of(List<Violation> violations) {
        return violations.stream()
                .map(v -> new RowProblem(
                        v.field(), v.message() + (v.value() == null ? "" : " (got '" + v.value() + "')")))
                .toList();
    }

    /** The API's message, then one problem per field error it names. */
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
