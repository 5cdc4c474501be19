#!/usr/bin/env bash
# The bulk benchmark of docs/benchmarks.md: 1,000 generated users on the sandbox under a rate limit of R
# requests a second; `iam-user bulk` timed against the least time R allows; the same run killed with
# SIGKILL half way and finished with its journal; `iam-user restore` of each backup. The sandbox's
# counters prove each user was updated exactly once; each process's GC log shows the heap it held.
# Usage: bench/bulk.sh [USERS] [RATE] [HEAP] (default 1000 20, the JVM's default heap; RATE 0: no limit),
# for example bench/bulk.sh 100000 0 64m for 100,000 users in a 64 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/iam-user.jar ] || ./mvnw -B -q package -DskipTests
java -cp target/iam-user.jar bench/BulkBenchmark.java "${1:-1000}" "${2:-20}" ${3:+"$3"}
