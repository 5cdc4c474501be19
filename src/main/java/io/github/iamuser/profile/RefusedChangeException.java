package io.github.iamuser.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An update refused before anything was sent (a profile, role assignments or notifications, safe or raw),
 * with every problem found: each {@link Violation} names the field, group or member, the rule, and what to do.
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

    /** Refuses a profile update with one violation. */
    public static RefusedChangeException of(String field, String rule, String message, String value) {
        return new RefusedChangeException("profile", List.of(new Violation(field, rule, message, value)));
    }

    /** Every problem found, in field order for a profile. */
    public List<Violation> violations() {
        return violations;
    }
}
