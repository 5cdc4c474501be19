package io.github.iamuser.options;

/**
 * Which optional members "Get a user" adds to its answer: {@code actions}, {@code authGrants} and
 * {@code notifications}. All three flags are sent on every GET, {@code false} unless set here, as
 * Akamai's reference (which requires {@code notifications}) and its Go SDK do.
 *
 * @param actions include the actions the caller may take on the user
 * @param authGrants include the user's role assignments
 * @param notifications include the user's email notification settings
 */
public record GetUserOptions(boolean actions, boolean authGrants, boolean notifications) {
    private static final GetUserOptions NONE = new GetUserOptions(false, false, false);

    /** The profile and account details only. */
    public static GetUserOptions none() {
        return NONE;
    }

    /** All three optional members. */
    public static GetUserOptions all() {
        return new GetUserOptions(true, true, true);
    }

    /** A copy that also includes {@code actions}. */
    public GetUserOptions withActions() {
        return new GetUserOptions(true, authGrants, notifications);
    }

    /** A copy that also includes {@code authGrants}. */
    public GetUserOptions withAuthGrants() {
        return new GetUserOptions(actions, true, notifications);
    }

    /** A copy that also includes {@code notifications}. */
    public GetUserOptions withNotifications() {
        return new GetUserOptions(actions, authGrants, true);
    }
}
