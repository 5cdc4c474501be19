package io.github.iamuser.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link SafeUpdateBenchmark} with 16 concurrent callers. */
@Threads(16)
public class SafeUpdate16Callers extends SafeUpdateBenchmark {}
