package io.github.iamuser.cli;

/** A command with the shared output options ({@code --json}, {@code --verbose}). */
interface HasOutput {
    OutputOptions output();
}
