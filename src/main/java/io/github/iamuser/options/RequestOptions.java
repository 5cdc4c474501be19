package io.github.iamuser.options;

import io.github.iamuser.auth.AccountSwitchKeys;
import java.util.Objects;
import java.util.Optional;

/** Settings for one call that override the client's: for now, the account switch key. */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(null);

  private final String accountSwitchKey;

  private RequestOptions(String accountSwitchKey) {
    this.accountSwitchKey = accountSwitchKey;
  }

  /** No override: the call uses the client's settings. */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Runs the call in the account the key selects (for example {@code 1-5C0YLB} or
   * {@code 1-5C0YLB:1-8BYUX}), instead of the client's; a malformed key is refused here.
   */
  public static RequestOptions forAccount(String accountSwitchKey) {
    return new RequestOptions(AccountSwitchKeys.require(accountSwitchKey));
  }

  /** The per-call account switch key, if one was given. */
  public Optional<String> accountSwitchKey() {
    return Optional.ofNullable(accountSwitchKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestOptions other && Objects.equals(accountSwitchKey, other.accountSwitchKey);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(accountSwitchKey);
  }

  @Override
  public String toString() {
    return "RequestOptions{" + (accountSwitchKey == null ? "" : "accountSwitchKey=" + accountSwitchKey) + "}";
  }
}
