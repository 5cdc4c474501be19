package io.github.iamuser.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, in microseconds: {@code cpu.time.norm} for
 * the whole benchmark JVM (callers, the in-process server, JIT and GC) and {@code cpu.callers.norm}
 * for the benchmark's own threads only, that is the calling side without the server. On a machine
 * shared with other work, wall-clock time swings with what else runs; CPU time per operation varies
 * much less, so it shows what an operation costs. Use it with
 * {@code -prof io.github.iamuser.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final String CALLER_THREAD_MARK = "-jmh-worker-";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long processCpuAtStart;
    private Map<Long, Long> callerCpuAtStart = Map.of();

    @Override
    public String getDescription() {
        return "CPU time per operation: the whole benchmark JVM, and the benchmark's calling threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        callerCpuAtStart = callerCpu();
        processCpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long processCpu = os.getProcessCpuTime() - processCpuAtStart;
        long callersCpu = 0;
        for (Map.Entry<Long, Long> caller : callerCpu().entrySet()) {
            callersCpu += caller.getValue() - callerCpuAtStart.getOrDefault(caller.getKey(), 0L);
        }
        long operations = result.getMetadata().getAllOps();
        if (operations == 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.time.norm", processCpu / 1000.0 / operations, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.callers.norm", callersCpu / 1000.0 / operations, "us/op", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds so far of each live benchmark thread, by thread id. */
    private Map<Long, Long> callerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains(CALLER_THREAD_MARK)) {
                long nanos = threads.getThreadCpuTime(thread.getThreadId());
                if (nanos >= 0) {
                    cpu.put(thread.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
