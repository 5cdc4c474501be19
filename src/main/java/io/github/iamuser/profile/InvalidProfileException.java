package io.github.iamuser.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile update refused before anything was sent, with every rule it broke. */
public class InvalidProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Refuses with these violations (at least one). */
    public InvalidProfileException(List<Violation> violations) {
        super("The profile update was not sent: " + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + "\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        this.violations = List.copyOf(violations);
    }

    /** Refuses with one violation. */
    public static InvalidProfileException of(String field, String rule, String message, String value) {
        return new InvalidProfileException(List.of(new Violation(field, rule, message, value)));
    }

    /** Every rule broken, in field order. */
    public List<Violation> violations() {
        return violations;
    }
}
