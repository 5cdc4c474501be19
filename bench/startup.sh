#!/usr/bin/env bash
# Start-up of the command line against Akamai's own Node signer, side by side in one run: a Node script
# with akamai-edgegrid (bench/node-get.js) making the same signed GET of a sandbox user as
# `./iam-user get`, which runs on JDK 17 and on JDK 25 (each with the cache the wrapper makes), and
# `./iam-user --version`. The commands run in interleaved rounds (the order turns each round), so the
# load of a shared machine falls on all of them alike; each ratio is the median of the per-round
# ratios to the Node GET of the same round. Prints wall-clock medians, CPU medians (user + system, less
# moved by the load), the ratios against the targets, and the load average before and after.
# Installs akamai-edgegrid 4.0.4 from npm into target/node (not globally) and builds target/iam-user.jar
# when missing. Usage: bench/startup.sh [ROUNDS] (default 15, at least 10).
# JDKs: JDK17_HOME (default: the java on the PATH) and JDK25_HOME (default: Temurin 25's usual place);
# a JDK that is not there is left out with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-15}"
jar=target/iam-user.jar
jdk17="${JDK17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "$rounds" -lt 10 ]; then
  echo "bench/startup.sh: at least 10 rounds (got $rounds): a median of fewer says little on a shared machine." >&2
  exit 2
fi

if [ ! -f target/node/node_modules/akamai-edgegrid/package.json ]; then
  echo "Installing akamai-edgegrid 4.0.4 into target/node (npm)..." >&2
  npm install --silent --no-audit --no-fund --prefix target/node akamai-edgegrid@4.0.4 >&2
fi
if [ ! -f "$jar" ]; then
  echo "Building $jar (./mvnw -B -q package -DskipTests)..." >&2
  ./mvnw -B -q package -DskipTests
fi

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The sandbox picks a free port (--port 0) and writes its credential to an .edgerc file.
java -jar "$jar" sandbox --port 0 --write-edgerc "$work/edgerc" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/edgerc" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
  sleep 0.2
done
[ -s "$work/edgerc" ] || { echo "the sandbox did not write $work/edgerc within 20 s" >&2; exit 1; }

user=A-B-1CDEFG
commands=("node GET (akamai-edgegrid 4.0.4)" "NODE_PATH=target/node/node_modules node bench/node-get.js $work/edgerc sandbox $user")
for jdk in "$jdk17" "$jdk25"; do
  if [ ! -x "$jdk/bin/java" ]; then
    echo "bench/startup.sh: no JDK at $jdk: its rows are left out." >&2
    continue
  fi
  feature="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  # The first run after a build makes the wrapper's cache for this JDK (see ./iam-user): done here,
  # before the clock runs, and checked.
  JAVA_HOME="$jdk" ./iam-user get "$user" --edgerc "$work/edgerc" --section sandbox | grep -q "^User $user" \
    || { echo "bench/startup.sh: ./iam-user get on $jdk did not show $user" >&2; exit 1; }
  ls target/iam-user-*.aot target/iam-user-*.jsa >/dev/null 2>&1 \
    || echo "bench/startup.sh: warning: no start-up cache in target/ for $jdk" >&2
  commands+=("iam-user get (JDK $feature)" "JAVA_HOME=$jdk ./iam-user get $user --edgerc $work/edgerc --section sandbox")
  commands+=("iam-user --version (JDK $feature)" "JAVA_HOME=$jdk ./iam-user --version")
done
NODE_PATH=target/node/node_modules node bench/node-get.js "$work/edgerc" sandbox "$user" | grep -q "\"uiIdentityId\":\"$user\"" \
  || { echo "bench/startup.sh: the Node GET did not return $user" >&2; exit 1; }

python3 - "$rounds" "${commands[@]}" <<'PY'
import os, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
names, shells = sys.argv[2::2], sys.argv[3::2]


def target(name):
    """The issue's targets: --version at most 1.0 x the Node GET; get 1.5 x on JDK 25 or newer, else 2.0 x."""
    if "--version" in name:
        return 1.0
    return 1.5 if int(name.split("JDK ")[1].rstrip(")")) >= 25 else 2.0


def run(shell):
    start = time.perf_counter()
    p = subprocess.Popen(shell, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if status != 0 or err:
        sys.exit(f"failed ({status}): {shell}\n{err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime

def load():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())

for shell in shells * 2:  # warm-up: the page cache, the sandbox's JIT
    run(shell)
load_before = load()
wall = {n: [] for n in names}
cpu = {n: [] for n in names}
for r in range(rounds):
    order = list(range(len(names)))
    order = order[r % len(order):] + order[:r % len(order)]
    for i in order:
        w, c = run(shells[i])
        wall[names[i]].append(w)
        cpu[names[i]].append(c)
load_after = load()

node = names[0]
print(f"{rounds} interleaved rounds; load average (1, 5, 15 min) {load_before} before, {load_after} after;"
      f" {os.cpu_count()} CPUs")
print()
print("| command | wall median (ms) | CPU median (ms) | ratio to the Node GET: median of rounds (wall) | CPU ratio | target | met |")
print("|---|---:|---:|---:|---:|---:|---|")
for n in names:
    ms = lambda xs: statistics.median(xs) * 1000
    if n == node:
        print(f"| {n} | {ms(wall[n]):.0f} | {ms(cpu[n]):.0f} | 1 | 1 | | |")
        continue
    ratio = statistics.median(a / b for a, b in zip(wall[n], wall[node]))
    cpu_ratio = statistics.median(a / b for a, b in zip(cpu[n], cpu[node]))
    print(f"| {n} | {ms(wall[n]):.0f} | {ms(cpu[n]):.0f} | {ratio:.2f} x | {cpu_ratio:.2f} x"
          f" | ≤ {target(n):.1f} x | {'yes' if ratio <= target(n) else '**no**'} |")
PY
