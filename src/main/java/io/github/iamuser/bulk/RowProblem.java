package io.github.iamuser.bulk;

/** Why a row failed: the field at fault (null when the problem is not one field's) and the reason, saying what to do. */
public record RowProblem(String field, String reason) {
    @Override
    public String toString() {
        return field == null ? reason : field + ": " + reason;
    }
}
