package io.github.iamuser.cli;

import picocli.CommandLine.Mixin;

/** A command that calls the IAM API, with the connection options that choose credentials and account. */
abstract class ApiCommand extends OutputCommand {
    @Mixin
    ConnectionOptions connection;
}
