package io.github.iamuser.bulk;

/** One user of one account (null: none): rows, entries and journal lines with equal keys are about the same user. */
record UserKey(String account, String uiIdentityId) {
    /** The key of {@code uiIdentityId} in {@code accountSwitchKey}, or in {@code defaultAccount} when that is null. */
    static UserKey of(String accountSwitchKey, String uiIdentityId, String defaultAccount) {
        return new UserKey(accountSwitchKey != null ? accountSwitchKey : defaultAccount, uiIdentityId);
    }
}
