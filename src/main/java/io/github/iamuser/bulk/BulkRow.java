package io.github.iamuser.bulk;

import io.github.iamuser.internal.Redaction;
import io.github.iamuser.profile.InvalidProfileException;
import io.github.iamuser.profile.ProfileChange;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One row of a bulk update: which user (and account), where it came from (the input's line
 * number), the fields to set (JSON name to text, as a CSV cell or {@code --set} gives it; {@code ""}
 * empties a text field) and the fields to clear. Fields it names neither way keep their values.
 */
public record BulkRow(
        long line, String uiIdentityId, String accountSwitchKey, Map<String, String> set, Set<String> clear) {

    /** Copies the collections (compact: a run may hold many rows); refuses a row without a user, or a field both set and cleared. */
    public BulkRow {
        if (uiIdentityId == null || uiIdentityId.isBlank()) {
            throw new IllegalArgumentException("line " + line + ": uiIdentityId is missing or blank: give the"
                    + " user's id, such as A-B-1CDEFG, on every row.");
        }
        Objects.requireNonNull(set, "set");
        // A null value fails the row when it runs, as set(field, null) does; Map.copyOf takes none.
        set = set.values().stream().anyMatch(Objects::isNull) ? new TreeMap<>(set) : Map.copyOf(set);
        clear = Set.copyOf(Objects.requireNonNull(clear, "clear"));
        List<String> both = clear.stream().filter(set::containsKey).sorted().toList();
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": " + String.join(", ", both)
                    + " is both set and cleared: give each field once.");
        }
    }

    /** The fields to set, by name, in name order. */
    @Override
    public Map<String, String> set() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(set));
    }

    /** The fields to clear, in name order. */
    @Override
    public Set<String> clear() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(clear));
    }

    /**
     * The row as a profile change, email changes allowed when {@code allowEmailChange}.
     *
     * @throws InvalidProfileException naming each field that cannot take its value
     */
    public ProfileChange change(boolean allowEmailChange) {
        ProfileChange change = new ProfileChange();
        List<Violation> violations = new ArrayList<>();
        set().forEach((field, text) -> collect(violations, () -> change.set(field, text)));
        clear().forEach(field -> collect(violations, () -> change.clear(field)));
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return allowEmailChange ? change.allowEmailChange() : change;
    }

    /** The row with the values of personal fields masked, as the logs mask them. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        set.forEach((field, value) -> shown.put(field, Redaction.shown(field, value)));
        return "BulkRow[line=" + line + ", uiIdentityId=" + uiIdentityId + ", accountSwitchKey=" + accountSwitchKey
                + ", set=" + shown + ", clear=" + clear + "]";
    }

    private static void collect(List<Violation> violations, Runnable step) {
        try {
            step.run();
        } catch (InvalidProfileException e) {
            violations.addAll(e.violations());
        }
    }
}
