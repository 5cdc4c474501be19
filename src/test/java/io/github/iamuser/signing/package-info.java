/** Signing checked against oracles independent of this project: Akamai's published test vectors and its own Java signer. */
package io.github.iamuser.signing;
