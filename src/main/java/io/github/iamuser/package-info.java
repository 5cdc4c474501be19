/**
 * The client for Akamai's IAM user-profile API: start with {@link io.github.iamuser.IamClient#builder()}, whose
 * {@link io.github.iamuser.IamClient#updateProfile(String, java.util.function.Consumer) updateProfile} changes a
 * profile without ever erasing a field by accident.
 */
package io.github.iamuser;
