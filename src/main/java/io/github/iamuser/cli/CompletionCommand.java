package io.github.iamuser.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code iam-user completion}: prints the bash completion script of every command and option, made by
 * picocli from the commands themselves; zsh runs it through bashcompinit.
 */
@Command(
        name = "completion",
        description = {
            "Print the completion script for bash and zsh, made from the commands themselves.",
            "Load it in the shell: source <(iam-user completion)",
            "For every new shell, add that line to ~/.bashrc or ~/.zshrc (iam-user must be on the PATH)."
        })
final class CompletionCommand extends CliCommand {
    @Override
    List<Integer> exitCodes() {
        return List.of(IamUserCli.OK, IamUserCli.USAGE_ERROR);
    }

    @Override
    public Integer call() {
        out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out().flush();
        return IamUserCli.OK;
    }
}
