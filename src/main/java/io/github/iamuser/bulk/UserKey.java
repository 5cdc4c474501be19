package io.github.iamuser.bulk;

import io.github.iamuser.internal.UserLock;

/**
 * One user of one account (null: none): rows, entries and journal lines with equal keys are about the same
 * user, compared as {@link UserLock#key} names users (the id's letter case aside, as IAM matches ids).
 */
record UserKey(String account, String uiIdentityId) {
    /** The key of {@code uiIdentityId} in {@code accountSwitchKey}, or in {@code defaultAccount} when that is null. */
    static UserKey of(String accountSwitchKey, String uiIdentityId, String defaultAccount) {
        return new UserKey(accountSwitchKey != null ? accountSwitchKey : defaultAccount, uiIdentityId);
    }

    /** The user's lock key on {@code host}. */
    String on(String host) {
        return UserLock.key(host, account, uiIdentityId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey key && on("").equals(key.on(""));
    }

    @Override
    public int hashCode() {
        return on("").hashCode();
    }
}
