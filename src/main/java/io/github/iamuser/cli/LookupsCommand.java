package io.github.iamuser.cli;

import io.github.iamuser.Lookups;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam-user lookups KIND}: lists the values a lookup-valued profile field accepts. */
@Command(name = "lookups", description = "List the values a profile field accepts.")
final class LookupsCommand extends ApiCommand {
    static final List<String> KINDS =
            List.of("contact-types", "countries", "states", "languages", "timeout-policies", "time-zones");

    @Parameters(
            paramLabel = "KIND",
            completionCandidates = Kinds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "The country, for 'states' (e.g. USA).")
    String country;

    @Override
    public Integer call() {
        if (!KINDS.contains(kind)) {
            throw usageError("Unknown lookup kind '" + kind + "': use one of " + String.join(", ", KINDS) + ".");
        }
        if (kind.equals("states") && (country == null || country.isBlank())) {
            throw usageError("'lookups states' needs --country, e.g. --country USA.");
        }
        Lookups lookups = client().lookups();
        Printer printer = printer();
        switch (kind) {
            case "contact-types" -> printer.list(lookups.contactTypes(), String::valueOf);
            case "countries" -> printer.list(lookups.countries(), String::valueOf);
            case "states" -> printer.list(lookups.states(country), String::valueOf);
            case "languages" -> printer.list(lookups.supportedLanguages(), String::valueOf);
            case "timeout-policies" ->
                printer.list(lookups.timeoutPolicies(), p -> String.format("%-8d %s", p.getValue(), p.getName()));
            default ->
                printer.list(lookups.timeZones(), z -> String.format("%-32s %s", z.getTimezone(), z.getOffset()));
        }
        return IamUserCli.OK;
    }

    /** The lookup kinds, for help and completion. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }
}
