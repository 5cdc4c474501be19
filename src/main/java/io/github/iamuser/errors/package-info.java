/**
 * The exceptions a failed IAM call throws, one per kind of failure, each carrying the call, the answer and
 * what to do next.
 */
package io.github.iamuser.errors;
