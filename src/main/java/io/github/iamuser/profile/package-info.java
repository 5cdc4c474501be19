/**
 * Safe profile updates: the change you describe, the fields and their rules, the validation, and what an
 * update did.
 */
package io.github.iamuser.profile;
