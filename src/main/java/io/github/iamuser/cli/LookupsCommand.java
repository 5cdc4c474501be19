package io.github.iamuser.cli;

import io.github.iamuser.IamClient;
import io.github.iamuser.generated.model.TimeZone;
import io.github.iamuser.generated.model.TimeoutPolicy;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iam-user lookups KIND}: lists the values a lookup-valued profile field accepts. */
@Command(name = "lookups", description = "List the values a profile field accepts.")
final class LookupsCommand implements Callable<Integer>, HasOutput {
    static final List<String> KINDS =
            List.of("contact-types", "countries", "states", "languages", "timeout-policies", "time-zones");

    @Parameters(
            paramLabel = "KIND",
            completionCandidates = Kinds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "The country, for 'states' (e.g. USA).")
    String country;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!KINDS.contains(kind)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Unknown lookup kind '" + kind + "': use one of " + String.join(", ", KINDS) + ".");
        }
        if (kind.equals("states") && (country == null || country.isBlank())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "'lookups states' needs --country, e.g. --country USA.");
        }
        IamClient client = connection.client();
        Printer printer = new Printer(spec.commandLine().getOut(), output.json);
        switch (kind) {
            case "contact-types" -> strings(printer, client.lookups().contactTypes());
            case "countries" -> strings(printer, client.lookups().countries());
            case "states" -> strings(printer, client.lookups().states(country));
            case "languages" -> strings(printer, client.lookups().supportedLanguages());
            case "timeout-policies" -> {
                List<TimeoutPolicy> policies = client.lookups().timeoutPolicies();
                printer.value(
                        policies,
                        policies.stream()
                                .map(p -> String.format("%-8d %s", p.getValue(), p.getName()))
                                .toList());
            }
            default -> {
                List<TimeZone> zones = client.lookups().timeZones();
                printer.value(
                        zones,
                        zones.stream()
                                .map(z -> String.format("%-32s %s", z.getTimezone(), z.getOffset()))
                                .toList());
            }
        }
        return 0;
    }

    private static void strings(Printer printer, List<String> values) {
        printer.value(values, values);
    }

    @Override
    public OutputOptions output() {
        return output;
    }

    /** The lookup kinds, for help and completion. */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }
}
