package io.github.iamuser.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What {@code --help} shows beyond picocli's defaults: the exit codes each command can end with, the
 * options every API command takes in the top-level help, and lines broken at spaces only (picocli's
 * line breaking splits {@code ~/.edgerc} after its dot and {@code 2|3} after its bar).
 */
final class HelpLayout {
    /** The width picocli lays the help out at: wide enough that it never breaks a line itself. */
    private static final int UNWRAPPED = 5000;

    private static final String API_OPTIONS = "apiOptions";
    /** The gap between a table's first column and its description. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {2,}(?=\\S)");

    private HelpLayout() {}

    /** Lays out the help of {@code top} and of each of its commands; {@code codes} describes every exit code. */
    static void apply(CommandLine top, Map<Integer, String> codes) {
        List<CommandLine> apiCommands = top.getSubcommands().values().stream()
                .filter(c -> c.getCommand() instanceof ApiCommand)
                .toList();
        UsageMessageSpec usage = top.getCommandSpec().usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, API_OPTIONS);
        usage.sectionKeys(keys);
        usage.sectionMap().put(API_OPTIONS, help -> apiOptions(apiCommands, help));
        for (CommandLine c : top.getSubcommands().values()) {
            List<Integer> possible = c.getCommand() instanceof CliCommand command
                    ? command.exitCodes()
                    : List.of(IamUserCli.OK, IamUserCli.USAGE_ERROR); // picocli's help command
            layOut(c, codes, possible);
        }
        layOut(top, codes, List.copyOf(codes.keySet()));
    }

    private static void layOut(CommandLine command, Map<Integer, String> codes, List<Integer> possible) {
        CommandSpec spec = command.getCommandSpec();
        UsageMessageSpec usage = spec.usageMessage();
        Map<String, String> list = new LinkedHashMap<>();
        possible.forEach(code -> list.put(Integer.toString(code), codes.get(code)));
        list.put(
                Integer.toString(IamUserCli.OUTPUT_CLOSED),
                codes.get(IamUserCli.OUTPUT_CLOSED)); // every command writes
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
        int width = usage.width();
        usage.width(UNWRAPPED);
        Map<String, CommandLine.IHelpSectionRenderer> sections = usage.sectionMap();
        sections.replaceAll((key, renderer) -> key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                ? help -> wrap(renderer.render(help), width, help.synopsisHeadingLength(), spec.qualifiedName())
                : help -> wrap(renderer.render(help), width, 0, null));
    }

    /** The options every API command shares (its connection options), under a heading naming the commands. */
    private static String apiOptions(List<CommandLine> apiCommands, Help top) {
        CommandSpec first = apiCommands.get(0).getCommandSpec();
        Help help = new Help(first, top.colorScheme());
        return String.format(
                        "%nOptions of the API commands (%s), after the command's name:%n",
                        apiCommands.stream().map(CommandLine::getCommandName).collect(Collectors.joining(", ")))
                + help.optionListExcludingGroups(
                        first.mixins().get("connection").options());
    }

    /**
     * {@code text}'s lines broken at spaces to fit {@code width}: a table row's continuation lines start
     * two columns into its description, as picocli's do, and the synopsis's after the command's name.
     */
    static String wrap(String text, int width, int offset, String commandName) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = wrapLine(lines[i], width, i == 0 ? offset : 0, commandName);
        }
        return String.join("\n", lines);
    }

    private static String wrapLine(String line, int width, int offset, String commandName) {
        if (offset + line.stripTrailing().length() <= width) {
            return line; // as it is, even a heading's trailing space
        }
        line = line.stripTrailing();
        int lead = line.length() - line.stripLeading().length();
        Matcher gap = COLUMN_GAP.matcher(line);
        int indent = commandName != null
                ? offset + commandName.length() + 1
                : lead == 0 ? 0 : gap.find(lead) ? gap.end() + 2 : lead + 2;
        StringBuilder out = new StringBuilder();
        int column = offset;
        String[] words = line.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            int length = words[i].length();
            if (i > 0 && !words[i].isEmpty() && column > indent && column + 1 + length > width) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (i > 0) {
                out.append(' ');
                column++;
            }
            out.append(words[i]);
            column += length;
        }
        return out.toString();
    }
}
