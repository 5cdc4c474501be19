package io.github.iamuser.grants;

import io.github.iamuser.profile.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An update of a user's role assignments or notifications (or the raw replace of either) refused before
 * anything was written, with every problem found: each {@link Violation} names the group or member, the
 * rule, and what to do.
 */
public class RefusedChangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Refuses the update of {@code part} (such as "role assignments") with these violations (at least one). */
    public RefusedChangeException(String part, List<Violation> violations) {
        super("The " + part + " update was not sent: " + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + "\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found. */
    public List<Violation> violations() {
        return violations;
    }
}
