package io.github.iamuser.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs each library benchmark beside its baseline in alternation, one JMH fork at a time (baseline,
 * library, baseline, library, ...), and prints a Markdown table with each side's mean, the ratio of
 * every round, their median, the target and the CPU time per operation.
 *
 * <p>On a machine shared with other builds the load changes from minute to minute; when JMH runs
 * all forks of one benchmark and then all of the other, the two sides meet different loads and
 * their ratio swings. Alternating gives both sides of a round nearly the same load.
 *
 * <p>Arguments: {@code [rounds] [name filter]}, e.g. {@code 3 SafeUpdate16}; defaults 3 and all.
 */
public final class PairedBenchmarks {
    private static final String PACKAGE = PairedBenchmarks.class.getPackageName() + ".";

    /** Benchmarks run in alternation, one fork each per round, and the comparisons made of them. */
    private record Group(boolean higherIsBetter, List<Comparison> comparisons) {
        /** Every benchmark the comparisons name, each once, baselines first. */
        List<String> benchmarks() {
            Set<String> names = new LinkedHashSet<>();
            comparisons.forEach(c -> names.add(c.baseline()));
            comparisons.forEach(c -> names.add(c.library()));
            return List.copyOf(names);
        }
    }

    /** A library benchmark, the baseline it is measured against, and the target on their ratio. */
    private record Comparison(String library, String baseline, Target target) {}

    /** A target on the ratio library/baseline (and on the library's own score), as a check and as text. */
    private record Target(String text, RatioCheck check) {}

    /** Whether a ratio and a library score meet a target. */
    private interface RatioCheck {
        boolean met(double ratio, double libraryScore);
    }

    private static final Target NO_TARGET = new Target("(no target)", null);

    private static final List<Group> GROUPS = List.of(
            new Group(
                    false,
                    List.of(
                            new Comparison(
                                    "SigningBenchmark.interceptor",
                                    "SigningBenchmark.rawSigner",
                                    new Target("<= 1.10 x and < 10 us", (ratio, score) -> ratio <= 1.10 && score < 10)),
                            new Comparison(
                                    "SigningBenchmark.interceptor",
                                    "SigningBenchmark.rawSignerWithRequest",
                                    new Target(
                                            "<= 1.10 x and < 10 us", (ratio, score) -> ratio <= 1.10 && score < 10)))),
            new Group(
                    false,
                    List.of(
                            new Comparison(
                                    "RoundTripBenchmark.client",
                                    "RoundTripBenchmark.raw",
                                    new Target("<= 1.10 x", (ratio, score) -> ratio <= 1.10)),
                            new Comparison("RoundTripBenchmark.clientStackOnly", "RoundTripBenchmark.raw", NO_TARGET),
                            new Comparison("RoundTripBenchmark.rawSignedEachCall", "RoundTripBenchmark.raw", NO_TARGET),
                            new Comparison(
                                    "RoundTripBenchmark.client",
                                    "RoundTripBenchmark.rawSignedEachCall",
                                    new Target("<= 1.10 x (a baseline that signs)", (ratio, score) -> ratio <= 1.10)))),
            new Group(
                    false,
                    List.of(
                            new Comparison(
                                    "RoundTripOneMillisecondServer.client",
                                    "RoundTripOneMillisecondServer.raw",
                                    new Target("<= 1.10 x (server answers in 1 ms)", (ratio, score) -> ratio <= 1.10)),
                            new Comparison(
                                    "RoundTripOneMillisecondServer.client",
                                    "RoundTripOneMillisecondServer.rawSignedEachCall",
                                    new Target(
                                            "<= 1.10 x (server answers in 1 ms)", (ratio, score) -> ratio <= 1.10)))),
            throughput("SafeUpdate01Caller"),
            throughput("SafeUpdate04Callers"),
            throughput("SafeUpdate16Callers"));

    private PairedBenchmarks() {}

    /** Runs the groups with a benchmark whose name contains the filter, the given number of rounds each. */
    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String filter = args.length > 1 ? args[1] : "";
        List<String> rows = new ArrayList<>();
        for (Group group : GROUPS) {
            if (group.benchmarks().stream().noneMatch(name -> name.contains(filter))) {
                continue;
            }
            Map<String, List<RunResult>> runs = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (String benchmark : group.benchmarks()) {
                    runs.computeIfAbsent(benchmark, name -> new ArrayList<>()).add(runOneFork(benchmark));
                }
            }
            group.comparisons().forEach(c -> rows.add(row(group, c, runs)));
        }
        System.out.println();
        System.out.println("| benchmark | library | baseline | ratio: median (rounds) | target | met"
                + " | CPU per op, whole JVM: library / baseline | CPU per op, calling threads: library / baseline |");
        System.out.println("|---|---:|---:|---|---|---|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static Group throughput(String benchmark) {
        return new Group(
                true,
                List.of(new Comparison(
                        benchmark + ".client",
                        benchmark + ".raw",
                        new Target(">= 0.80 x", (ratio, score) -> ratio >= 0.80))));
    }

    private static RunResult runOneFork(String benchmark) throws RunnerException {
        return new Runner(new OptionsBuilder()
                        .include("^" + Pattern.quote(PACKAGE + benchmark) + "$")
                        .forks(1)
                        .addProfiler(CpuTimeProfiler.class)
                        .shouldFailOnError(true)
                        .build())
                .runSingle();
    }

    private static String row(Group group, Comparison comparison, Map<String, List<RunResult>> runs) {
        List<RunResult> lib = runs.get(comparison.library());
        List<RunResult> base = runs.get(comparison.baseline());
        Target target = comparison.target();
        double[] ratios = new double[lib.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = score(lib.get(i), null) / score(base.get(i), null);
        }
        double median = median(ratios);
        double libraryMean = mean(lib, null);
        String met = target.check() == null ? "-" : target.check().met(median, libraryMean) ? "yes" : "**no**";
        int threads = lib.get(0).getParams().getThreads();
        return "| " + comparison.library() + " vs " + comparison.baseline() + " (" + threads
                + (threads == 1 ? " thread" : " threads") + ") | "
                + summary(lib, null) + " | " + summary(base, null) + " | " + format(median) + " x "
                + (group.higherIsBetter() ? "rate" : "time") + " (" + joined(ratios) + ") | " + target.text()
                + " | " + met + " | " + cpu(lib, base, "cpu.time.norm") + " | "
                + cpu(lib, base, "cpu.callers.norm") + " |";
    }

    private static String cpu(List<RunResult> lib, List<RunResult> base, String metric) {
        double library = mean(lib, metric);
        double baseline = mean(base, metric);
        return summary(lib, metric) + " / " + summary(base, metric) + " ("
                + String.format(Locale.ROOT, "%+.1f", library - baseline) + " us)";
    }

    /** The mean over rounds and, after ±, the standard deviation between rounds, with the unit. */
    private static String summary(List<RunResult> runs, String metric) {
        double mean = mean(runs, metric);
        double squares = runs.stream()
                .mapToDouble(run -> Math.pow(score(run, metric) - mean, 2))
                .sum();
        double deviation = runs.size() > 1 ? Math.sqrt(squares / (runs.size() - 1)) : Double.NaN;
        return format(mean) + (Double.isNaN(deviation) ? "" : " ± " + format(deviation)) + " "
                + result(runs.get(0), metric).getScoreUnit();
    }

    private static double mean(List<RunResult> runs, String metric) {
        return runs.stream().mapToDouble(run -> score(run, metric)).average().orElse(Double.NaN);
    }

    private static double score(RunResult run, String metric) {
        return result(run, metric).getScore();
    }

    private static Result<?> result(RunResult run, String metric) {
        return metric == null
                ? run.getPrimaryResult()
                : run.getSecondaryResults().get(metric);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String joined(double[] ratios) {
        StringBuilder text = new StringBuilder();
        for (double ratio : ratios) {
            text.append(text.length() == 0 ? "" : ", ").append(format(ratio));
        }
        return text.toString();
    }

    private static String format(double value) {
        int digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }
}
