/**
 * EdgeGrid credentials (from an {@code .edgerc} file, the environment or code) and the resolver that finds them.
 */
package io.github.iamuser.auth;
