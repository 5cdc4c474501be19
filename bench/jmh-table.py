#!/usr/bin/env python3
"""Prints the benchmark results table of BENCHMARKS.md from a JMH JSON result file.

Usage: bench/jmh-table.py target/jmh-results.json
Each library benchmark sits beside its baseline from the same run, with the ratio and the target.
"""
import json
import sys

# (library benchmark, baseline benchmark, what the ratio means, target check or None, target text)
PAIRS = [
    ("SigningBenchmark.interceptor", "SigningBenchmark.rawSigner", "time",
     lambda ratio, lib: ratio <= 1.10 and lib < 10.0, "<= 1.10 x and < 10 us"),
    ("RoundTripBenchmark.client", "RoundTripBenchmark.raw", "time",
     lambda ratio, lib: ratio <= 1.10, "<= 1.10 x"),
    ("RoundTripBenchmark.clientStackOnly", "RoundTripBenchmark.raw", "time", None, "(a split, no target)"),
] + [
    (f"SafeUpdate{name}.client", f"SafeUpdate{name}.raw", "rate",
     lambda ratio, lib: ratio >= 0.80, ">= 0.80 x")
    for name in ("01Caller", "04Callers", "16Callers")
]


def main(path):
    results = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: r
               for r in json.load(open(path))}

    def metric(result, name=None):
        m = result["primaryMetric"] if name is None else result["secondaryMetrics"].get(name)
        return None if m is None else (m["score"], m["scoreError"], m["scoreUnit"])

    def show(m):
        if m is None:
            return "-"
        score, error, unit = m
        digits = 2 if score < 10 else 1 if score < 100 else 0
        error_text = "" if error != error else f" ± {error:.{digits}f}"  # NaN: a single fork
        return f"{score:.{digits}f}{error_text} {unit}"

    def met(check, ratio, score):
        if check is None:
            return "-"
        return "yes" if check(ratio, score) else "**no**"

    def cpu_pair(lib_cpu, base_cpu):
        if lib_cpu is None or base_cpu is None:
            return "-"
        return f"{show(lib_cpu)} / {show(base_cpu)} ({lib_cpu[0] - base_cpu[0]:+.1f} us)"

    print("| benchmark | library | baseline | ratio | target | met "
          "| CPU per op, whole JVM: library / baseline | CPU per op, calling threads: library / baseline |")
    print("|---|---:|---:|---:|---|---|---:|---:|")
    for lib_name, base_name, kind, check, target in PAIRS:
        if lib_name not in results or base_name not in results:
            continue
        lib, base = results[lib_name], results[base_name]
        ratio = metric(lib)[0] / metric(base)[0]
        cpu_text = " | ".join(cpu_pair(metric(lib, name), metric(base, name))
                              for name in ("cpu.time.norm", "cpu.callers.norm"))
        threads = lib["threads"]
        print(f"| {lib_name.split('.')[0] if check else lib_name} ({threads} thread{'s' if threads > 1 else ''}) "
              f"| {show(metric(lib))} | {show(metric(base))} | {ratio:.2f} x {kind} | {target} "
              f"| {met(check, ratio, metric(lib)[0])} | {cpu_text} |")

    steps = sorted(name for name in results if name.startswith("ClientStepsBenchmark."))
    if steps:
        print("\n| client step (no network) | time per call |")
        print("|---|---:|")
        for name in steps:
            print(f"| {name.split('.')[1]} | {show(metric(results[name]))} |")


if __name__ == "__main__":
    main(sys.argv[1])
