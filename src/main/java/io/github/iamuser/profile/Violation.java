package io.github.iamuser.profile;

/**
 * One broken rule of a profile: the field, the rule's short name, a message that says what to do
 * (with an example of a valid value), and the offending value, null when it is personal data.
 */
public record Violation(String field, String rule, String message, String value) {
    @Override
    public String toString() {
        return field + ": " + message + (value == null ? "" : " (got '" + value + "')");
    }
}
