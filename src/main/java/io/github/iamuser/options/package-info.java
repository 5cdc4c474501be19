/**
 * Options of a client and of one call: the IAM API version, the account switch key, what a user's GET
 * includes, and how a safe update runs (dry run, lookup checks).
 */
package io.github.iamuser.options;
