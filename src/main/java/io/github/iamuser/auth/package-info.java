/**
 * EdgeGrid credentials (from an {@code .edgerc} file, the environment or code) and the OkHttp interceptor
 * that signs every request with them.
 */
package io.github.iamuser.auth;
