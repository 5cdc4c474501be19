/**
 * A local IAM server (v2 and v3) for tests: it checks every EdgeGrid signature and erases a field a PUT
 * leaves out, as the real API does; start it with {@link io.github.iamuser.sandbox.IamSandbox#start()}.
 */
package io.github.iamuser.sandbox;
