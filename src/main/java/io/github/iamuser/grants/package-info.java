/**
 * Safe updates of the other two parts of a user that IAM v3 replaces whole: the role assignments
 * ({@code PUT .../auth-grants}) and the email notifications ({@code PUT .../notifications}), each a
 * read-modify-write that sends the whole state as read plus the caller's change, as
 * {@link io.github.iamuser.IamClient#updateGrants} and {@link io.github.iamuser.IamClient#updateNotifications} run it.
 */
package io.github.iamuser.grants;
