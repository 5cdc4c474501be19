/**
 * The {@code iam-user} command line, a thin layer over the library; {@link io.github.iamuser.cli.IamUserCli}
 * is its entry point.
 */
package io.github.iamuser.cli;
