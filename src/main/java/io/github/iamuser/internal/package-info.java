/**
 * Not for use: what the command line and the sandbox share with the library (the per-user lock, the strict JSON
 * reading, redaction, the profile validator, local files, the .edgerc reader). It may change in any release and
 * is left out of the Javadoc, as OkHttp's internal package is.
 */
package io.github.iamuser.internal;
