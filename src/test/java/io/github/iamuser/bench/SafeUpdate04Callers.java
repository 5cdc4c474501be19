package io.github.iamuser.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link SafeUpdateBenchmark} with 4 concurrent callers. */
@Threads(4)
public class SafeUpdate04Callers extends SafeUpdateBenchmark {}
