/**
 * What every request goes through besides signing: retries and their policy, the account switch key, the
 * User-Agent, wire logging, and the proxy's refusal.
 */
package io.github.iamuser.http;
