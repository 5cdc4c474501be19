package io.github.iamuser.profile;

/**
 * One broken rule of a profile: the field, the rule's short name, a message that says what to do
 * (with an example of a valid value), and the offending value unless it is personal data.
 */
public record Violation(String field, String rule, String message, String value) {

    /** A violation that may show its value. */
    static Violation of(String field, String rule, String message, Object value) {
        return new Violation(field, rule, message, value == null ? null : String.valueOf(value));
    }

    /** A violation about personal data: the value is never kept. */
    static Violation personal(String field, String rule, String message) {
        return new Violation(field, rule, message, null);
    }

    @Override
    public String toString() {
        return field + ": " + message + (value == null ? "" : " (got '" + value + "')");
    }
}
