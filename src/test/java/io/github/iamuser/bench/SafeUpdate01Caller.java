package io.github.iamuser.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link SafeUpdateBenchmark} with 1 concurrent caller. */
@Threads(1)
public class SafeUpdate01Caller extends SafeUpdateBenchmark {}
